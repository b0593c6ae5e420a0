import type { SrcRange } from './ast.js';

/** A syntax error at an offset; the parser converts it into an `InputError` with line and column. */
export class HclSyntaxError extends Error {
  override readonly name = 'HclSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NL = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const HASH = 35;
const SLASH = 47;
const STAR = 42;

/**
 * Scanning state shared by the body, expression and template parsers. Newlines end attributes, except
 * inside brackets: `nlDepth > 0` makes `ws()` treat them as plain whitespace.
 */
export class Cursor {
  pos = 0;
  nlDepth = 0;
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === NL) this.lineStarts.push(i + 1);
  }

  get eof(): boolean {
    return this.pos >= this.text.length;
  }

  code(o = 0): number {
    return this.text.charCodeAt(this.pos + o);
  }

  /** 1-based line and column of an offset. */
  lineCol(offset: number): { line: number; column: number } {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - ls[lo] + 1 };
  }

  range(start: number, end: number = this.pos): SrcRange {
    const s = this.lineCol(start);
    const e = this.lineCol(end);
    const last = end > start ? this.lineCol(end - 1).line : s.line;
    return { startLine: s.line, startColumn: s.column, endLine: last, endColumn: e.column, start, end };
  }

  fail(message: string, at: number = this.pos): never {
    throw new HclSyntaxError(message, Math.min(at, this.text.length));
  }

  /** A short, printable description of what is at the cursor, for error messages. */
  describe(at: number = this.pos): string {
    if (at >= this.text.length) return 'end of file';
    const c = this.text.charCodeAt(at);
    if (c === NL || c === CR) return 'newline';
    const m = /^(?:[A-Za-z_][\w-]*|\d+|.)/u.exec(this.text.slice(at, at + 40));
    return `'${m ? m[0] : this.text[at]}'`;
  }

  /** Skips spaces and comments; newlines too when inside brackets (or when `newlines` is true). Returns true if a newline was passed. */
  ws(newlines: boolean = this.nlDepth > 0): boolean {
    const t = this.text;
    let crossed = false;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === SP || c === TAB || c === CR) this.pos++;
      else if (c === NL && newlines) {
        this.pos++;
        crossed = true;
      } else if (c === HASH || (c === SLASH && t.charCodeAt(this.pos + 1) === SLASH)) {
        const e = t.indexOf('\n', this.pos);
        this.pos = e < 0 ? t.length : e;
      } else if (c === SLASH && t.charCodeAt(this.pos + 1) === STAR) {
        const e = t.indexOf('*/', this.pos + 2);
        if (e < 0) this.fail('Unterminated comment: "/*" has no closing "*/"');
        if (t.slice(this.pos, e).includes('\n')) crossed = true;
        this.pos = e + 2;
      } else return crossed;
    }
  }

  /** Consumes `s` if it is next (no whitespace skipping). */
  eat(s: string): boolean {
    if (this.text.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  expect(s: string, context: string): void {
    if (!this.eat(s)) this.fail(`Expected '${s}' ${context}, found ${this.describe()}`);
  }

  /** Reads an identifier (letters, digits, `_`, `-`; not starting with a digit or `-`), or returns undefined. */
  ident(): string | undefined {
    const t = this.text;
    const start = this.pos;
    let i = start;
    const c0 = t.charCodeAt(i);
    if (!(isIdStart(c0) || (c0 > 127 && /\p{ID_Start}/u.test(t[i])))) return undefined;
    i++;
    for (;;) {
      const c = t.charCodeAt(i);
      if (isIdStart(c) || (c >= 48 && c <= 57) || c === 45) i++;
      else if (c > 127 && /\p{ID_Continue}/u.test(t[i])) i++;
      else break;
    }
    this.pos = i;
    return t.slice(start, i);
  }

  /** True if the next word is exactly `kw` (not a prefix of a longer identifier). */
  atKeyword(kw: string): boolean {
    if (!this.text.startsWith(kw, this.pos)) return false;
    const c = this.text.charCodeAt(this.pos + kw.length);
    return !(isIdStart(c) || (c >= 48 && c <= 57) || c === 45);
  }
}

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
