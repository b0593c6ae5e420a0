import type { Expr, TemplatePart } from './ast.js';
import type { Cursor } from './cursor.js';

/** The expression parser, passed in by expr.ts (templates and expressions nest in each other). */
export type ParseExpr = (c: Cursor) => Expr;

type Mode = 'quoted' | 'raw';
type Stop = 'end' | 'else' | 'endif' | 'endfor';

interface Seq {
  parts: TemplatePart[];
  stop: Stop;
  stopAt: number;
  /** The closing directive ended with `~}`: strip whitespace at the start of what follows. */
  stripAfter?: boolean;
}

/** `"..."` with escapes and `${}` / `%{}` sequences; the cursor is on the opening quote. */
export function parseQuotedTemplate(c: Cursor, parseExpr: ParseExpr): Expr {
  const start = c.pos;
  c.pos++;
  const outer = c.nlDepth;
  const seq = parseSeq(c, parseExpr, 'quoted', c.text.length, start);
  c.nlDepth = outer;
  if (seq.stop !== 'end') c.fail(`Unexpected %{${seq.stop}} in template`, seq.stopAt);
  return finish(seq.parts, c.range(start));
}

/** `<<EOT` / `<<-EOT` heredoc; the cursor is on the first `<`. */
export function parseHeredoc(c: Cursor, parseExpr: ParseExpr): Expr {
  const start = c.pos;
  c.pos += 2;
  const indent = c.eat('-');
  const marker = c.ident();
  if (marker === undefined) c.fail(`Expected a heredoc marker after '<<', found ${c.describe()}`);
  while (c.code() === 32 || c.code() === 9 || c.code() === 13) c.pos++;
  if (c.code() !== 10) c.fail(`Expected a newline after heredoc marker '${marker}', found ${c.describe()}`);
  c.pos++;
  const bodyStart = c.pos;
  const t = c.text;
  let ls = bodyStart;
  let bodyEnd = -1;
  let after = -1;
  while (ls <= t.length) {
    let le = t.indexOf('\n', ls);
    if (le < 0) le = t.length;
    if (t.slice(ls, le).trim() === marker) {
      bodyEnd = ls;
      after = ls + t.slice(ls, le).indexOf(marker) + marker.length;
      break;
    }
    if (le >= t.length) break;
    ls = le + 1;
  }
  if (bodyEnd < 0) c.fail(`Unterminated heredoc: no closing line '${marker}' for '<<${indent ? '-' : ''}${marker}'`, start);
  const outer = c.nlDepth;
  const seq = parseSeq(c, parseExpr, 'raw', bodyEnd, start);
  c.nlDepth = outer;
  if (seq.stop !== 'end') c.fail(`Unexpected %{${seq.stop}} in heredoc`, seq.stopAt);
  c.pos = after;
  const parts = indent ? dedent(seq.parts, t.slice(bodyStart, bodyEnd)) : seq.parts;
  return finish(parts, c.range(start));
}

/** Parses a whole string as a template (for `templatefile`). Throws HclSyntaxError on bad input. */
export function parseTemplateBody(c: Cursor, parseExpr: ParseExpr): Expr {
  const seq = parseSeq(c, parseExpr, 'raw', c.text.length, 0);
  if (seq.stop !== 'end') c.fail(`Unexpected %{${seq.stop}} in template`, seq.stopAt);
  return finish(seq.parts, c.range(0));
}

function finish(parts: TemplatePart[], range: Expr['range']): Expr {
  return { type: 'template', parts, range };
}

function parseSeq(c: Cursor, parseExpr: ParseExpr, mode: Mode, end: number, openedAt: number, stripFirst = false): Seq {
  const t = c.text;
  const parts: TemplatePart[] = [];
  let lit = '';
  let stripNext = stripFirst;
  const pushLit = (): void => {
    if (stripNext) lit = lit.replace(/^\s+/, '');
    stripNext = false;
    if (lit) parts.push({ kind: 'lit', value: lit });
    lit = '';
  };
  const stripPrev = (): void => {
    lit = lit.replace(/\s+$/, '');
    const last = parts[parts.length - 1];
    if (!lit && last && last.kind === 'lit') parts[parts.length - 1] = { kind: 'lit', value: last.value.replace(/\s+$/, '') };
  };
  while (c.pos < end) {
    const ch = t.charCodeAt(c.pos);
    if (mode === 'quoted' && ch === 34) {
      c.pos++;
      pushLit();
      return { parts, stop: 'end', stopAt: c.pos - 1 };
    }
    if (mode === 'quoted' && ch === 10) c.fail(`Unterminated string: newline inside the quoted string opened at ${where(c, openedAt)}`);
    if ((ch === 36 || ch === 37) && t.charCodeAt(c.pos + 1) === ch && t.charCodeAt(c.pos + 2) === 123) {
      lit += ch === 36 ? '${' : '%{';
      c.pos += 3;
      continue;
    }
    if ((ch === 36 || ch === 37) && t.charCodeAt(c.pos + 1) === 123) {
      const seqStart = c.pos;
      c.pos += 2;
      const stripL = c.eat('~');
      if (stripL) stripPrev();
      pushLit();
      c.nlDepth = 1;
      c.ws();
      if (ch === 36) {
        const expr = parseExpr(c);
        c.ws();
        stripNext = closeSeq(c, seqStart);
        parts.push({ kind: 'interp', expr });
        continue;
      }
      const kw = c.ident() ?? c.fail(`Expected a directive (if, else, endif, for, endfor) after '%{', found ${c.describe()}`);
      c.ws();
      if (kw === 'else' || kw === 'endif' || kw === 'endfor') {
        const stripAfter = closeSeq(c, seqStart);
        return { parts, stop: kw, stopAt: seqStart, stripAfter };
      }
      if (kw === 'if') {
        const cond = parseExpr(c);
        c.ws();
        let body = parseSeq(c, parseExpr, mode, end, openedAt, closeSeq(c, seqStart));
        const then = body.parts;
        let els: TemplatePart[] = [];
        if (body.stop === 'else') {
          body = parseSeq(c, parseExpr, mode, end, openedAt, body.stripAfter);
          els = body.parts;
        }
        if (body.stop !== 'endif') c.fail(`Missing %{endif} for %{if} at ${where(c, seqStart)}`, body.stopAt);
        stripNext = body.stripAfter ?? false;
        parts.push({ kind: 'if', cond, then, else: els });
        continue;
      }
      if (kw === 'for') {
        let valVar = c.ident() ?? c.fail(`Expected a variable name after %{for, found ${c.describe()}`);
        let keyVar: string | undefined;
        c.ws();
        if (c.eat(',')) {
          c.ws();
          keyVar = valVar;
          valVar = c.ident() ?? c.fail(`Expected a variable name, found ${c.describe()}`);
          c.ws();
        }
        if (!c.atKeyword('in')) c.fail(`Expected 'in' in %{for}, found ${c.describe()}`);
        c.pos += 2;
        c.ws();
        const coll = parseExpr(c);
        c.ws();
        const body = parseSeq(c, parseExpr, mode, end, openedAt, closeSeq(c, seqStart));
        if (body.stop !== 'endfor') c.fail(`Missing %{endfor} for %{for} at ${where(c, seqStart)}`, body.stopAt);
        stripNext = body.stripAfter ?? false;
        parts.push({ kind: 'for', keyVar, valVar, coll, body: body.parts });
        continue;
      }
      c.fail(`Unknown template directive '%{${kw}'`, seqStart);
    }
    if (mode === 'quoted' && ch === 92 /* \ */) {
      lit += escape(c);
      continue;
    }
    lit += t[c.pos];
    c.pos++;
  }
  if (mode === 'quoted') c.fail(`Unterminated string opened at ${where(c, openedAt)}`, openedAt);
  pushLit();
  return { parts, stop: 'end', stopAt: c.pos };
}

/** Consumes the `~}` or `}` that ends a `${` or `%{` sequence; returns true for a strip marker. */
function closeSeq(c: Cursor, seqStart: number): boolean {
  const strip = c.eat('~');
  if (!c.eat('}')) c.fail(`Expected '}' to close the sequence opened at ${where(c, seqStart)}, found ${c.describe()}`);
  return strip;
}

function where(c: Cursor, offset: number): string {
  const lc = c.lineCol(offset);
  return `${lc.line}:${lc.column}`;
}

function escape(c: Cursor): string {
  const t = c.text;
  const e = t[c.pos + 1];
  c.pos += 2;
  switch (e) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '"':
      return '"';
    case '\\':
      return '\\';
    case 'u':
    case 'U': {
      const n = e === 'u' ? 4 : 8;
      const hex = t.slice(c.pos, c.pos + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) c.fail(`Invalid \\${e} escape: expected ${n} hex digits`, c.pos - 2);
      c.pos += n;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) c.fail(`Invalid Unicode code point \\${e}${hex}`, c.pos - 2 - n);
      return String.fromCodePoint(cp);
    }
    default:
      return c.fail(`Invalid escape sequence '\\${e ?? ''}' in string`, c.pos - 2);
  }
}

/** `<<-` heredocs drop the smallest leading whitespace of the non-blank lines from every line. */
function dedent(parts: TemplatePart[], raw: string): TemplatePart[] {
  const lines = raw.split('\n').filter((l) => l.trim() !== '');
  const n = lines.length ? Math.min(...lines.map((l) => /^[ \t]*/.exec(l)![0].length)) : 0;
  if (n === 0) return parts;
  const cut = (s: string): string => s.replace(new RegExp(`(^|\\n)[ \\t]{0,${n}}`, 'g'), '$1');
  let atLineStart = true;
  const walk = (ps: TemplatePart[]): TemplatePart[] =>
    ps.map((p) => {
      if (p.kind === 'lit') {
        const v = atLineStart ? cut(p.value) : p.value.replace(new RegExp(`\\n[ \\t]{0,${n}}`, 'g'), '\n');
        atLineStart = p.value.endsWith('\n');
        return { kind: 'lit', value: v };
      }
      atLineStart = false;
      if (p.kind === 'if') return { ...p, then: walk(p.then), else: walk(p.else) };
      if (p.kind === 'for') return { ...p, body: walk(p.body) };
      return p;
    });
  return walk(parts);
}
