/**
 * Splits a log file whose records sit in one array (CloudTrail's `{"Records": [ {...}, {...} ]}`, Azure's
 * `{"records": [...]}`, or a bare top-level array as `gcloud logging read` and `az monitor activity-log list`
 * print) into the text of each record while it streams, so a file of any size is read with memory bounded
 * by its largest record. Only that array is split; everything else in the document is skipped. Each
 * record's text is handed to JSON.parse by the caller, which reports a bad record by its index and goes on.
 * Several documents in a row (one batch per line) are split one after the other, indexes running on.
 *
 * The scanner tracks strings (with escapes) and nesting depth only; it does not validate the document.
 * A truncated file yields the records that were complete and then an error.
 */
export interface RecordText {
  readonly index: number;
  readonly text: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export class RecordsSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Text of the string just closed at depth 1 (a candidate key). */
  private keyText = '';
  private collectingKey = false;
  private lastKey: string | undefined;
  private awaitingColonFor: string | undefined;
  /** Inside the Records array (its elements sit at depth 2). */
  private inRecords = false;
  private recordsDone = false;
  /** Whether any document had the array (a stream may hold several documents, e.g. one batch per line). */
  private found = false;
  /** Parts of the record being collected (a record can span chunks). */
  private parts: string[] = [];
  private recordStart = -1;
  private index = 0;
  /** Depth of the array's elements: 2 under a key of the top-level object, 1 in a top-level array. */
  private readonly elementDepth: number;

  /** `key`: the top-level object's key holding the records; null for a document that is the array itself. */
  constructor(private readonly key: string | null = 'Records') {
    this.elementDepth = key === null ? 1 : 2;
  }

  /** Feeds one chunk; returns the records it completed. */
  push(chunk: string): RecordText[] {
    const out: RecordText[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.collectingKey) {
            this.collectingKey = false;
            this.awaitingColonFor = this.keyText;
          }
        } else if (this.collectingKey) this.keyText += chunk[i];
        continue;
      }
      if (isSpace(c)) continue;
      if (this.inRecords && this.depth === this.elementDepth && this.recordStart < 0 && c !== COMMA && c !== CLOSE_BRACKET) this.recordStart = i;
      switch (c) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1 && !this.inRecords) {
            this.collectingKey = true;
            this.keyText = '';
          }
          break;
        case COLON:
          if (this.depth === 1 && this.awaitingColonFor !== undefined) this.lastKey = this.awaitingColonFor;
          this.awaitingColonFor = undefined;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (c === OPEN_BRACKET && !this.recordsDone && (this.key === null ? this.depth === 0 : this.depth === 1 && this.lastKey === this.key)) this.inRecords = this.found = true;
          this.depth++;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (this.inRecords && this.depth === this.elementDepth && this.recordStart >= 0) this.finish(chunk, i + 1, out);
          else if (this.inRecords && this.depth === this.elementDepth - 1) {
            // The array closed; a primitive element just before `]` ends here.
            if (this.recordStart >= 0) this.finish(chunk, i, out);
            this.inRecords = false;
            this.recordsDone = true;
          }
          if (this.depth === 1) this.lastKey = undefined;
          // A document ended: the next one (Azure writes a `{"records":[…]}` batch per line) is split too.
          if (this.depth === 0) this.recordsDone = false;
          break;
        case COMMA:
          if (this.inRecords && this.depth === this.elementDepth && this.recordStart >= 0) this.finish(chunk, i, out);
          if (this.depth === 1) this.lastKey = undefined;
          break;
        default:
          this.awaitingColonFor = undefined;
      }
    }
    if (this.recordStart >= 0) {
      this.parts.push(chunk.slice(this.recordStart));
      this.recordStart = 0;
    }
    return out;
  }

  /** Call at the end of input: an error message when the document ended inside a record or the array. */
  end(): string | undefined {
    if (this.recordStart >= 0 || this.parts.length > 0) return `file ended inside record ${this.index}`;
    if (this.inRecords) return `file ended inside the ${this.key ?? 'top-level'} array`;
    if (this.depth !== 0 || this.inString) return 'file ended before the JSON document closed';
    if (!this.found) return this.key === null ? 'the file is not a JSON array' : `no "${this.key}" array in the file`;
    return undefined;
  }

  private finish(chunk: string, endExclusive: number, out: RecordText[]): void {
    this.parts.push(chunk.slice(this.recordStart, endExclusive));
    out.push({ index: this.index++, text: this.parts.length === 1 ? this.parts[0]! : this.parts.join('') });
    this.parts = [];
    this.recordStart = -1;
  }
}
