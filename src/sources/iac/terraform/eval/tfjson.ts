import type { InputError } from '../../../../shared/errors.js';
import type { Attribute, Block, Body, Expr, SrcRange } from '../hcl/index.js';
import { parseHclExpression, parseHclTemplate } from '../hcl/index.js';
import { Cursor, HclSyntaxError } from '../hcl/cursor.js';

/** A JSON value with its source range. */
type J =
  | { readonly k: 'obj'; readonly entries: { key: string; keyRange: SrcRange; value: J }[]; readonly range: SrcRange }
  | { readonly k: 'arr'; readonly items: J[]; readonly range: SrcRange }
  | { readonly k: 'str'; readonly value: string; readonly range: SrcRange }
  | { readonly k: 'lit'; readonly value: number | boolean | null; readonly range: SrcRange };

/** Block types whose JSON form nests labels as object keys, with how many labels each has. */
const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, locals: 0, terraform: 0 };

/**
 * Parses a `.tf.json` file into the same tree as native syntax. Strings are templates, as in Terraform's
 * JSON syntax. Limit: without provider schemas a JSON object inside a resource cannot be told apart from a
 * nested block, so a property whose value is an array of objects becomes nested blocks and a single
 * object stays an attribute (map) value.
 */
export function parseTfJson(file: string, text: string): { body: Body; errors: InputError[] } {
  const c: Cursor = new Cursor(text);
  try {
    c.ws(true);
    const root = value(c);
    c.ws(true);
    if (!c.eof) c.fail(`Unexpected ${c.describe()} after the JSON document`);
    if (root.k !== 'obj') c.fail('A .tf.json file must contain a JSON object', root.range.start);
    const items: Block[] = [];
    for (const e of root.entries) {
      const n = LABELS[e.key];
      if (n === undefined) continue;
      blocksOf(e.key, n, [], e.value, e.keyRange, items, file);
    }
    return { body: { items, range: root.range }, errors: [] };
  } catch (e) {
    if (!(e instanceof HclSyntaxError)) throw e;
    const lc = c.lineCol(e.offset);
    return { body: { items: [], range: c.range(0, 0) }, errors: [{ file, line: lc.line, column: lc.column, message: e.message }] };
  }
}

function blocksOf(type: string, labelsLeft: number, labels: string[], v: J, start: SrcRange, out: Block[], file: string): void {
  if (labelsLeft > 0) {
    if (v.k !== 'obj') return;
    for (const e of v.entries) blocksOf(type, labelsLeft - 1, [...labels, e.key], e.value, e.keyRange, out, file);
    return;
  }
  for (const b of v.k === 'arr' ? v.items : [v]) {
    if (b.k !== 'obj') continue;
    out.push({ kind: 'block', type, labels, body: bodyOf(b, file), range: span(start, b.range) });
  }
}

function bodyOf(o: Extract<J, { k: 'obj' }>, file: string): Body {
  const items: (Attribute | Block)[] = [];
  for (const e of o.entries) {
    if (e.key === '//') continue; // comments
    const v = e.value;
    if (v.k === 'arr' && v.items.length && v.items.every((i) => i.k === 'obj')) {
      for (const i of v.items) items.push({ kind: 'block', type: e.key, labels: [], body: bodyOf(i as Extract<J, { k: 'obj' }>, file), range: i.range });
    } else if (e.key === 'count' || e.key === 'for_each' || e.key === 'depends_on' || e.key === 'provider') {
      items.push({ kind: 'attribute', name: e.key, nameRange: e.keyRange, expr: metaExpr(v, file), range: span(e.keyRange, v.range) });
    } else items.push({ kind: 'attribute', name: e.key, nameRange: e.keyRange, expr: exprOf(v, file), range: span(e.keyRange, v.range) });
  }
  return { items, range: o.range };
}

/** In JSON syntax, meta-argument strings like `"count": "${var.n}"` and `"for_each": "var.m"` are expressions. */
function metaExpr(v: J, file: string): Expr {
  if (v.k !== 'str') return exprOf(v, file);
  const inner = /^\$\{([\s\S]*)\}$/.exec(v.value);
  const p = parseHclExpression(file, inner ? inner[1] : v.value);
  return p.expr ? withRange(p.expr, v.range) : exprOf(v, file);
}

function exprOf(v: J, file: string): Expr {
  switch (v.k) {
    case 'lit':
      return { type: 'literal', value: v.value, range: v.range };
    case 'str': {
      if (!v.value.includes('${') && !v.value.includes('%{')) return { type: 'template', parts: v.value ? [{ kind: 'lit', value: v.value }] : [], range: v.range };
      const p = parseHclTemplate(file, v.value);
      if (!p.expr) throw new HclSyntaxError(`Invalid template in JSON string: ${p.errors[0]?.message ?? ''}`, v.range.start);
      return withRange(p.expr, v.range);
    }
    case 'arr':
      return { type: 'tuple', items: v.items.map((i) => exprOf(i, file)), range: v.range };
    case 'obj':
      return { type: 'object', items: v.entries.map((e) => ({ key: { type: 'literal', value: e.key, range: e.keyRange }, value: exprOf(e.value, file) })), range: v.range };
  }
}

/** Positions inside a JSON string's template are relative to the string: give every node the string's range. */
function withRange<T>(x: T, range: SrcRange): T {
  if (Array.isArray(x)) return x.map((i) => withRange(i, range)) as T;
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(x)) out[k] = k === 'range' ? range : withRange(val, range);
    return out as T;
  }
  return x;
}

function span(a: SrcRange, b: SrcRange): SrcRange {
  return { startLine: a.startLine, startColumn: a.startColumn, endLine: b.endLine, endColumn: b.endColumn, start: a.start, end: b.end };
}

function value(c: Cursor): J {
  const start = c.pos;
  const ch = c.code();
  if (ch === 123 || ch === 91) {
    c.pos++;
    const close = ch === 123 ? 125 : 93;
    const entries: { key: string; keyRange: SrcRange; value: J }[] = [];
    const items: J[] = [];
    c.ws(true);
    while (c.code() !== close) {
      if (c.eof) c.fail(`Unclosed '${ch === 123 ? '{' : '['}' opened at ${c.lineCol(start).line}:${c.lineCol(start).column}`, start);
      if (ch === 123) {
        const ks = c.pos;
        if (c.code() !== 34) c.fail(`Expected a property name in double quotes, found ${c.describe()}`);
        const key = str(c);
        const keyRange = c.range(ks);
        c.ws(true);
        c.expect(':', 'after the property name');
        c.ws(true);
        entries.push({ key, keyRange, value: value(c) });
      } else items.push(value(c));
      c.ws(true);
      if (c.code() === 44) {
        c.pos++;
        c.ws(true);
        if (c.code() === close) c.fail('Trailing comma is not allowed in JSON');
      } else if (c.code() !== close) c.fail(`Expected ',' or '${ch === 123 ? '}' : ']'}', found ${c.describe()}`);
    }
    c.pos++;
    return ch === 123 ? { k: 'obj', entries, range: c.range(start) } : { k: 'arr', items, range: c.range(start) };
  }
  if (ch === 34) {
    const s = str(c);
    return { k: 'str', value: s, range: c.range(start) };
  }
  const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(c.text.slice(c.pos, c.pos + 64));
  if (!m) c.fail(`Expected a JSON value, found ${c.describe()}`);
  c.pos += m[0].length;
  const v = m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  return { k: 'lit', value: v, range: c.range(start) };
}

function str(c: Cursor): string {
  const start = c.pos;
  const t = c.text;
  let i = c.pos + 1;
  for (;;) {
    const ch = t.charCodeAt(i);
    if (Number.isNaN(ch) || ch === 10) c.fail('Unterminated string', start);
    if (ch === 92) i += 2;
    else if (ch === 34) break;
    else i++;
  }
  c.pos = i + 1;
  try {
    return JSON.parse(t.slice(start, i + 1)) as string;
  } catch {
    return c.fail('Invalid escape in string', start);
  }
}
