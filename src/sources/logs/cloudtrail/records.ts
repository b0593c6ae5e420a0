/**
 * Splits a CloudTrail log file (`{"Records": [ {...}, {...} ]}`) into the text of each record while it
 * streams, so a file of any size is read with memory bounded by its largest record. Only the top-level
 * `Records` array is split; everything else in the document is skipped. Each record's text is handed to
 * JSON.parse by the caller, which reports a bad record by its index and goes on.
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
  /** Parts of the record being collected (a record can span chunks). */
  private parts: string[] = [];
  private recordStart = -1;
  private index = 0;

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
      if (this.inRecords && this.depth === 2 && this.recordStart < 0 && c !== COMMA && c !== CLOSE_BRACKET) this.recordStart = i;
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
          if (c === OPEN_BRACKET && this.depth === 1 && this.lastKey === 'Records' && !this.recordsDone) this.inRecords = true;
          this.depth++;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (this.inRecords && this.depth === 2 && this.recordStart >= 0) this.finish(chunk, i + 1, out);
          else if (this.inRecords && this.depth === 1) {
            // The array closed; a primitive element just before `]` ends here.
            if (this.recordStart >= 0) this.finish(chunk, i, out);
            this.inRecords = false;
            this.recordsDone = true;
          }
          if (this.depth === 1) this.lastKey = undefined;
          break;
        case COMMA:
          if (this.inRecords && this.depth === 2 && this.recordStart >= 0) this.finish(chunk, i, out);
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
    if (this.inRecords) return 'file ended inside the Records array';
    if (this.depth !== 0 || this.inString) return 'file ended before the JSON document closed';
    if (!this.recordsDone) return 'no "Records" array in the file';
    return undefined;
  }

  private finish(chunk: string, endExclusive: number, out: RecordText[]): void {
    this.parts.push(chunk.slice(this.recordStart, endExclusive));
    out.push({ index: this.index++, text: this.parts.length === 1 ? this.parts[0]! : this.parts.join('') });
    this.parts = [];
    this.recordStart = -1;
  }
}
