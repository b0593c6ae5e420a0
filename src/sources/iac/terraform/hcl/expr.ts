import type { BinaryOp, Expr } from './ast.js';
import type { Cursor } from './cursor.js';
import { parseHeredoc, parseQuotedTemplate } from './template.js';

/** Binary operators by precedence level, loosest first (HCL native syntax spec). */
const LEVELS: readonly (readonly BinaryOp[])[] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

/** Parses one expression at the cursor: conditional, binary and unary operators, postfix traversals. */
export function parseExpr(c: Cursor): Expr {
  const start = c.pos;
  const cond = parseBinary(c, 0);
  c.ws();
  if (c.code() !== 63 /* ? */) return cond;
  c.pos++;
  c.ws();
  const then = parseExpr(c);
  c.ws();
  c.expect(':', 'in conditional expression (a ? b : c)');
  c.ws();
  const els = parseExpr(c);
  return { type: 'conditional', cond, then, else: els, range: c.range(start, els.range.end) };
}

function matchOp(c: Cursor, ops: readonly BinaryOp[]): BinaryOp | undefined {
  for (const op of ops) {
    if (!c.text.startsWith(op, c.pos)) continue;
    const next = c.text.charCodeAt(c.pos + op.length);
    // `<` must not be a heredoc `<<`, `=` alone is not an operator, `=>` belongs to for-expressions.
    if ((op === '<' && next === 60) || (op.length === 1 && next === 61 && op !== '+' && op !== '-' && op !== '*' && op !== '/' && op !== '%')) continue;
    if ((op === '>' || op === '<') && next === 61) continue;
    return op;
  }
  return undefined;
}

function parseBinary(c: Cursor, level: number): Expr {
  if (level >= LEVELS.length) return parseUnary(c);
  const start = c.pos;
  let left = parseBinary(c, level + 1);
  for (;;) {
    const save = c.pos;
    c.ws();
    const op = matchOp(c, LEVELS[level]);
    if (!op) {
      c.pos = save;
      return left;
    }
    c.pos += op.length;
    c.ws();
    const right = parseBinary(c, level + 1);
    left = { type: 'binary', op, left, right, range: c.range(start, right.range.end) };
  }
}

function parseUnary(c: Cursor): Expr {
  const start = c.pos;
  const ch = c.code();
  if (ch === 33 /* ! */ || (ch === 45 /* - */ && !isDigitAt(c, 1))) {
    c.pos++;
    c.ws();
    const operand = parseUnary(c);
    return { type: 'unary', op: ch === 33 ? '!' : '-', operand, range: c.range(start, operand.range.end) };
  }
  return parsePostfix(c, parsePrimary(c), start);
}

function isDigitAt(c: Cursor, o: number): boolean {
  const d = c.code(o);
  return d >= 48 && d <= 57;
}

/** Attribute access, indexing and splats after a primary expression. */
function parsePostfix(c: Cursor, base: Expr, start: number): Expr {
  let e = base;
  for (;;) {
    const save = c.pos;
    c.ws();
    const ch = c.code();
    if (ch === 46 && c.code(1) === 46) {
      // `...` (expansion / grouping) is not a traversal.
      c.pos = save;
      return e;
    } else if (ch === 46 /* . */ && c.code(1) === 42 /* * */) {
      c.pos += 2;
      // Legacy splat: only the `.name` steps apply per element; later steps apply to the resulting list.
      e = splat(c, e, start, true);
    } else if (ch === 46) {
      c.pos++;
      if (isDigitAt(c, 0)) {
        const ks = c.pos;
        while (isDigitAt(c, 0)) c.pos++;
        const key: Expr = { type: 'literal', value: Number(c.text.slice(ks, c.pos)), range: c.range(ks) };
        e = { type: 'index', obj: e, key, range: c.range(start) };
        continue;
      }
      const name = c.ident();
      if (name === undefined) c.fail(`Expected an attribute name after '.', found ${c.describe()}`);
      e = { type: 'getattr', obj: e, name, range: c.range(start) };
    } else if (ch === 91 /* [ */) {
      c.pos++;
      c.nlDepth++;
      c.ws();
      if (c.code() === 42 && nextNonWs(c, 1) === 93) {
        c.pos++;
        c.ws();
        c.pos++;
        c.nlDepth--;
        return splat(c, e, start, false);
      }
      const key = parseExpr(c);
      c.ws();
      c.expect(']', 'to close the index');
      c.nlDepth--;
      e = { type: 'index', obj: e, key, range: c.range(start) };
    } else {
      c.pos = save;
      return e;
    }
  }
}

function nextNonWs(c: Cursor, o: number): number {
  let i = c.pos + o;
  while (/\s/.test(c.text[i] ?? '')) i++;
  return c.text.charCodeAt(i);
}

function splat(c: Cursor, source: Expr, start: number, attrOnly: boolean): Expr {
  const aStart = c.pos;
  const anchor: Expr = { type: 'anchor', range: c.range(aStart, aStart) };
  let each: Expr = anchor;
  if (attrOnly) {
    // Legacy attribute splat: only `.name` steps belong to the per-element traversal.
    for (;;) {
      const save = c.pos;
      c.ws();
      if (c.code() !== 46 || c.code(1) === 42) {
        c.pos = save;
        break;
      }
      c.pos++;
      const name = c.ident();
      if (name === undefined) c.fail(`Expected an attribute name after '.', found ${c.describe()}`);
      each = { type: 'getattr', obj: each, name, range: c.range(aStart) };
    }
  } else each = parsePostfix(c, anchor, aStart);
  return { type: 'splat', source, each, range: c.range(start) };
}

function parsePrimary(c: Cursor): Expr {
  const start = c.pos;
  const ch = c.code();
  if (ch >= 48 && ch <= 57) return parseNumber(c);
  if (ch === 45 /* - */ && isDigitAt(c, 1)) {
    c.pos++;
    const n = parseNumber(c);
    return { type: 'literal', value: -(n as { value: number }).value, range: c.range(start) };
  }
  if (ch === 34 /* " */) return parseQuotedTemplate(c, parseExpr);
  if (ch === 60 && c.code(1) === 60) return parseHeredoc(c, parseExpr);
  if (ch === 40 /* ( */) {
    c.pos++;
    c.nlDepth++;
    c.ws();
    const inner = parseExpr(c);
    c.ws();
    c.expect(')', `to close '(' opened at ${pos(c, start)}`);
    c.nlDepth--;
    return { type: 'parens', inner, range: c.range(start) };
  }
  if (ch === 91 /* [ */) return parseTuple(c);
  if (ch === 123 /* { */) return parseObject(c);
  const name = c.ident();
  if (name === undefined) c.fail(`Expected an expression, found ${c.describe()}`);
  if (name === 'true' || name === 'false') return { type: 'literal', value: name === 'true', range: c.range(start) };
  if (name === 'null') return { type: 'literal', value: null, range: c.range(start) };
  if (c.code() === 58 && c.code(1) === 58) {
    // Provider-defined function `provider::name::fn(...)`: keep the full name.
    let full = name;
    while (c.eat('::')) full += '::' + (c.ident() ?? c.fail(`Expected a function name after '::', found ${c.describe()}`));
    return parseCall(c, full, start);
  }
  const save = c.pos;
  c.ws();
  if (c.code() === 40) return parseCall(c, name, start);
  c.pos = save;
  return { type: 'variable', name, range: c.range(start) };
}

function pos(c: Cursor, offset: number): string {
  const lc = c.lineCol(offset);
  return `${lc.line}:${lc.column}`;
}

function parseNumber(c: Cursor): Expr {
  const start = c.pos;
  const m = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(c.text.slice(c.pos, c.pos + 400));
  if (!m) c.fail(`Invalid number`);
  c.pos += m[0].length;
  return { type: 'literal', value: Number(m[0]), range: c.range(start) };
}

function parseCall(c: Cursor, name: string, start: number): Expr {
  c.ws();
  c.pos++; // (
  c.nlDepth++;
  const args: Expr[] = [];
  let expandFinal = false;
  c.ws();
  while (c.code() !== 41) {
    if (c.eof) c.fail(`Unclosed '(' of call to ${name}() opened at ${pos(c, start)}`);
    args.push(parseExpr(c));
    c.ws();
    if (c.eat('...')) {
      expandFinal = true;
      c.ws();
    }
    if (c.code() === 44) {
      c.pos++;
      c.ws();
    } else if (c.code() !== 41) c.fail(`Expected ',' or ')' in arguments of ${name}(), found ${c.describe()}`);
  }
  c.pos++;
  c.nlDepth--;
  return { type: 'call', name, args, expandFinal, range: c.range(start) };
}

function parseTuple(c: Cursor): Expr {
  const start = c.pos;
  c.pos++;
  c.nlDepth++;
  c.ws();
  if (c.atKeyword('for')) return parseFor(c, start, false);
  const items: Expr[] = [];
  while (c.code() !== 93) {
    if (c.eof) c.fail(`Unclosed '[' opened at ${pos(c, start)}`);
    items.push(parseExpr(c));
    c.ws();
    if (c.code() === 44) {
      c.pos++;
      c.ws();
    } else if (c.code() !== 93) c.fail(`Expected ',' or ']' in list, found ${c.describe()}`);
  }
  c.pos++;
  c.nlDepth--;
  return { type: 'tuple', items, range: c.range(start) };
}

function parseObject(c: Cursor): Expr {
  const start = c.pos;
  c.pos++;
  const outer = c.nlDepth;
  c.nlDepth = 0;
  c.ws(true);
  if (c.atKeyword('for')) {
    c.nlDepth = outer + 1;
    return parseFor(c, start, true, outer);
  }
  const items: { key: Expr; value: Expr }[] = [];
  while (c.code() !== 125) {
    if (c.eof) c.fail(`Unclosed '{' opened at ${pos(c, start)}`);
    const key = parseExpr(c);
    c.ws();
    if (!(c.eat('=') || c.eat(':'))) c.fail(`Expected '=' or ':' after object key, found ${c.describe()}`);
    c.ws();
    const value = parseExpr(c);
    items.push({ key, value });
    c.ws();
    const sep = c.code();
    if (sep === 44) c.pos++;
    else if (sep !== 10 && sep !== 125) c.fail(`Expected ',', newline or '}' after object item, found ${c.describe()}`);
    c.ws(true);
  }
  c.pos++;
  c.nlDepth = outer;
  return { type: 'object', items, range: c.range(start) };
}

function parseFor(c: Cursor, start: number, isObject: boolean, outer?: number): Expr {
  c.pos += 3;
  c.ws();
  const first = c.ident() ?? c.fail(`Expected a variable name after 'for', found ${c.describe()}`);
  c.ws();
  let keyVar: string | undefined;
  let valVar = first;
  if (c.eat(',')) {
    c.ws();
    keyVar = first;
    valVar = c.ident() ?? c.fail(`Expected a second variable name in 'for', found ${c.describe()}`);
    c.ws();
  }
  if (!c.atKeyword('in')) c.fail(`Expected 'in' in for expression, found ${c.describe()}`);
  c.pos += 2;
  c.ws();
  const coll = parseExpr(c);
  c.ws();
  c.expect(':', 'after the collection in for expression');
  c.ws();
  let keyExpr: Expr | undefined;
  let valExpr = parseExpr(c);
  c.ws();
  let group = false;
  if (isObject) {
    if (!c.eat('=>')) c.fail(`Expected '=>' in object for expression, found ${c.describe()}`);
    c.ws();
    keyExpr = valExpr;
    valExpr = parseExpr(c);
    c.ws();
    if (c.eat('...')) {
      group = true;
      c.ws();
    }
  }
  let cond: Expr | undefined;
  if (c.atKeyword('if')) {
    c.pos += 2;
    c.ws();
    cond = parseExpr(c);
    c.ws();
  }
  c.expect(isObject ? '}' : ']', `to close for expression opened at ${pos(c, start)}`);
  c.nlDepth = isObject ? (outer ?? 0) : c.nlDepth - 1;
  return { type: 'for', keyVar, valVar, coll, keyExpr, valExpr, cond, group, range: c.range(start) };
}
