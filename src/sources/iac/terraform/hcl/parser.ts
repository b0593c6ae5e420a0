import type { InputError } from '../../../../shared/errors.js';
import type { Attribute, Block, Body, Expr } from './ast.js';
import { Cursor, HclSyntaxError } from './cursor.js';
import { parseExpr } from './expr.js';
import { parseTemplateBody } from './template.js';

/** What `parseHclFile` returns: the body parsed (empty when the file has a syntax error) and the errors. */
export interface HclParseResult {
  readonly body: Body;
  readonly errors: InputError[];
}

/**
 * Parses one HCL native-syntax file (`.tf`, `.tfvars`). Never throws for bad input: a syntax error becomes
 * one `InputError` at its exact line and column, and the body is then empty (a half-read file would
 * evaluate to misleading values).
 */
export function parseHclFile(file: string, text: string): HclParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const c = new Cursor(src);
  try {
    const body = parseBody(c, true, 0);
    return { body, errors: [] };
  } catch (e) {
    // Pathological nesting (thousands of `[`) exhausts the stack: report it like any syntax error.
    const err = e instanceof RangeError ? new HclSyntaxError('Nesting is too deep to parse', c.pos) : e;
    if (!(err instanceof HclSyntaxError)) throw err;
    return { body: { items: [], range: c.range(0, 0) }, errors: [toInputError(c, file, err)] };
  }
}

/** Parses a standalone expression (a `-var` value, a `TF_VAR_` value). */
export function parseHclExpression(file: string, text: string): { expr?: Expr; errors: InputError[] } {
  const c = new Cursor(text);
  try {
    c.nlDepth = 1;
    c.ws();
    const expr = parseExpr(c);
    c.ws();
    if (!c.eof) c.fail(`Unexpected ${c.describe()} after expression`);
    return { expr, errors: [] };
  } catch (e) {
    if (!(e instanceof HclSyntaxError)) throw e;
    return { errors: [toInputError(c, file, e)] };
  }
}

/** Parses a whole text as a string template (what `templatefile` reads). */
export function parseHclTemplate(file: string, text: string): { expr?: Expr; errors: InputError[] } {
  const c = new Cursor(text);
  try {
    return { expr: parseTemplateBody(c, parseExpr), errors: [] };
  } catch (e) {
    if (!(e instanceof HclSyntaxError)) throw e;
    return { errors: [toInputError(c, file, e)] };
  }
}

function toInputError(c: Cursor, file: string, e: HclSyntaxError): InputError {
  const lc = c.lineCol(e.offset);
  return { file, line: lc.line, column: lc.column, message: e.message };
}

function parseBody(c: Cursor, top: boolean, openedAt: number): Body {
  const start = c.pos;
  const items: (Attribute | Block)[] = [];
  const seen = new Map<string, number>();
  for (;;) {
    c.ws(true);
    if (c.eof) {
      if (!top) c.fail(`Unclosed block: '{' opened at ${where(c, openedAt)} has no matching '}'`, openedAt);
      break;
    }
    if (c.code() === 125) {
      if (top) c.fail(`Unexpected '}': no block is open here`);
      break;
    }
    const itemStart = c.pos;
    const name = c.ident();
    if (name === undefined) c.fail(`Expected an attribute or block name, found ${c.describe()}`);
    c.ws(false);
    if (c.code() === 61 && c.code(1) !== 61) {
      c.pos++;
      c.ws(false);
      if (c.code() === 10 || c.eof) c.fail(`Expected a value for attribute '${name}' after '=', found ${c.describe()}`);
      c.nlDepth = 0;
      const expr = parseExpr(c);
      const end = c.pos;
      endOfItem(c, `attribute '${name}'`);
      const prev = seen.get(name);
      if (prev !== undefined) c.fail(`Duplicate attribute '${name}': it was already set at line ${prev}`, itemStart);
      seen.set(name, c.lineCol(itemStart).line);
      items.push({ kind: 'attribute', name, nameRange: c.range(itemStart, itemStart + name.length), expr, range: c.range(itemStart, end) });
      continue;
    }
    const labels: string[] = [];
    for (;;) {
      const ch = c.code();
      if (ch === 123) break;
      if (ch === 34) {
        const lab = parseExpr(c);
        if (lab.type !== 'template' || lab.parts.some((p) => p.kind !== 'lit')) c.fail(`Block labels must be plain strings, without \${} or %{}`, lab.range.start);
        labels.push(lab.parts.map((p) => (p.kind === 'lit' ? p.value : '')).join(''));
      } else {
        const id = c.ident();
        if (id === undefined) c.fail(`Expected '=' or a block '{' after '${name}', found ${c.describe()}`);
        labels.push(id);
      }
      c.ws(false);
    }
    const brace = c.pos;
    c.pos++;
    const body = parseBody(c, false, brace);
    c.pos++; // }
    const end = c.pos;
    endOfItem(c, `block '${name}'`);
    items.push({ kind: 'block', type: name, labels, body, range: c.range(itemStart, end) });
  }
  return { items, range: c.range(start) };
}

/** After an attribute or a block: only a comment, a newline, a closing brace or the end of file may follow. */
function endOfItem(c: Cursor, what: string): void {
  c.ws(false);
  const ch = c.code();
  if (c.eof || ch === 10 || ch === 125) return;
  c.fail(`Unexpected ${c.describe()} after ${what}: expected a newline`);
}

function where(c: Cursor, offset: number): string {
  const lc = c.lineCol(offset);
  return `${lc.line}:${lc.column}`;
}
