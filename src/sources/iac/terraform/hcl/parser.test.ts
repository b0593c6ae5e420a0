import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribute, Block, Expr } from './index.js';
import { parseHclExpression, parseHclFile } from './index.js';

function parseOk(text: string) {
  const r = parseHclFile('t.tf', text);
  assert.deepEqual(r.errors, []);
  return r.body;
}

function attr(text: string, name = 'a'): Attribute {
  const body = parseOk(text);
  const a = body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);
  assert.ok(a, `attribute ${name}`);
  return a;
}

function err(text: string) {
  const r = parseHclFile('t.tf', text);
  assert.equal(r.errors.length, 1, `expected one error for ${JSON.stringify(text)}`);
  assert.equal(r.body.items.length, 0);
  return r.errors[0];
}

describe('parseHclFile: structure and positions', () => {
  it('gives blocks, labels and attributes exact 1-based ranges', () => {
    const body = parseOk('# c\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n\n  versioning {\n    enabled = true\n  }\n}\n');
    const b = body.items[0] as Block;
    assert.equal(b.kind, 'block');
    assert.deepEqual([b.type, ...b.labels], ['resource', 'aws_s3_bucket', 'b']);
    assert.deepEqual([b.range.startLine, b.range.startColumn, b.range.endLine], [2, 1, 8]);
    const bucket = b.body.items[0] as Attribute;
    assert.deepEqual([bucket.range.startLine, bucket.range.startColumn, bucket.range.endLine, bucket.range.endColumn], [3, 3, 3, 15]);
    assert.deepEqual([bucket.expr.range.startColumn, bucket.expr.range.endColumn], [12, 15]);
    const v = b.body.items[1] as Block;
    assert.deepEqual([v.type, v.range.startLine, v.range.endLine], ['versioning', 5, 7]);
    assert.equal((v.body.items[0] as Attribute).range.startLine, 6);
  });

  it('accepts one-line blocks, bare labels, comments of all three kinds and CRLF', () => {
    const body = parseOk('a = 1 // x\r\nb { c = 2 }\r\n/* multi\nline */ d = 3 # e\nlabel x y { }\n');
    assert.deepEqual(
      body.items.map((i) => (i.kind === 'attribute' ? i.name : `${i.type}:${i.labels.join(',')}`)),
      ['a', 'b:', 'd', 'label:x,y'],
    );
    assert.equal((body.items[2] as Attribute).range.startLine, 4);
  });

  it('spans multi-line expressions inside brackets', () => {
    const a = attr('a = [\n  1,\n  2,\n]\nb = {\n  x = 1\n  y = "z"\n}\n');
    assert.deepEqual([a.range.startLine, a.range.endLine], [1, 4]);
    const b = attr('a = 1\nb = {\n  x = 1\n  y = "z"\n}\n', 'b');
    assert.equal(b.expr.type, 'object');
    assert.equal((b.expr as Extract<Expr, { type: 'object' }>).items.length, 2);
    assert.deepEqual([b.range.startLine, b.range.endLine], [2, 5]);
  });

  it('parses operators with HCL precedence', () => {
    const e = attr('a = 1 + 2 * 3 == 7 && !false || x').expr;
    assert.equal(e.type, 'binary');
    assert.equal((e as { op: string }).op, '||');
    const l = (e as { left: Expr }).left as Extract<Expr, { type: 'binary' }>;
    assert.equal(l.op, '&&');
    const cmp = l.left as Extract<Expr, { type: 'binary' }>;
    assert.equal(cmp.op, '==');
    assert.equal((cmp.left as Extract<Expr, { type: 'binary' }>).op, '+');
  });

  it('parses conditionals, for expressions, splats, calls with expansion, legacy index', () => {
    assert.equal(attr('a = x ? 1 : 2').expr.type, 'conditional');
    const f = attr('a = {for k, v in m : upper(k) => v... if v != null}').expr as Extract<Expr, { type: 'for' }>;
    assert.deepEqual([f.type, f.keyVar, f.valVar, f.group, f.cond?.type], ['for', 'k', 'v', true, 'binary']);
    const s = attr('a = aws_instance.x[*].tags.Name').expr as Extract<Expr, { type: 'splat' }>;
    assert.equal(s.type, 'splat');
    assert.equal(s.each.type, 'getattr');
    const c = attr('a = concat(x, y...)').expr as Extract<Expr, { type: 'call' }>;
    assert.deepEqual([c.name, c.args.length, c.expandFinal], ['concat', 2, true]);
    assert.equal(attr('a = x.0.y').expr.type, 'getattr');
    assert.equal(attr('a = provider::aws::arn_parse(x)').expr.type, 'call');
  });

  it('parses string escapes and keeps $${ and %%{ literal', () => {
    const e = attr('a = "q\\"\\n\\t\\\\ \\u00e9 $${x} %%{y}"').expr as Extract<Expr, { type: 'template' }>;
    assert.deepEqual(e.parts, [{ kind: 'lit', value: 'q"\n\t\\ é ${x} %{y}' }]);
  });

  it('parses interpolations and directives with strip markers', () => {
    const e = attr('a = "x ${var.a} %{ if b ~} yes %{~ else } no %{ endif }"').expr as Extract<Expr, { type: 'template' }>;
    assert.equal(e.parts[1].kind, 'interp');
    const d = e.parts[3];
    assert.equal(d.kind, 'if');
    if (d.kind === 'if') {
      assert.deepEqual(d.then, [{ kind: 'lit', value: 'yes' }]);
      assert.deepEqual(d.else, [{ kind: 'lit', value: ' no ' }]);
    }
    const fe = attr('a = "%{for i, v in l}${i}=${v},%{endfor}"').expr as Extract<Expr, { type: 'template' }>;
    assert.equal(fe.parts[0].kind, 'for');
  });

  it('parses heredocs and indented heredocs with exact end lines', () => {
    const h = attr('a = <<EOT\n  one\n  ${x}\nEOT\nb = 2\n');
    assert.deepEqual([h.range.startLine, h.range.endLine], [1, 4]);
    assert.deepEqual((h.expr as Extract<Expr, { type: 'template' }>).parts[0], { kind: 'lit', value: '  one\n  ' });
    const i = attr('x {\n  a = <<-EOT\n    {\n      "k": 1\n    }\n  EOT\n}\n'.replace(/^x \{\n/, '').replace(/\}\n$/, ''));
    assert.deepEqual((i.expr as Extract<Expr, { type: 'template' }>).parts, [{ kind: 'lit', value: '{\n  "k": 1\n}\n' }]);
    const b = attr('a = <<EOT\nx\nEOT\nb = 2\n', 'b');
    assert.equal(b.range.startLine, 4);
  });

  it('parses a standalone expression (for -var values)', () => {
    const r = parseHclExpression('-var', '["a", "b"]');
    assert.equal(r.expr?.type, 'tuple');
    assert.equal(parseHclExpression('-var', '[1,').errors.length, 1);
  });
});

describe('parseHclFile: errors with line and column', () => {
  const cases: [string, number, number, RegExp][] = [
    ['resource "x" "y" {\n  a = "abc\n}\n', 2, 11, /Unterminated string.*opened at 2:7/],
    ['resource "x" "y" {\n  a = 1 +\n}\n', 2, 10, /Expected an expression, found newline/],
    ['resource "x" "y" {\n  a = 1\n', 1, 18, /Unclosed block.*1:18/],
    ['a = [1, 2\nb = 3\n', 2, 1, /Expected ',' or '\]' in list, found 'b'/],
    ['a = f(1,, 2)\n', 1, 9, /Expected an expression, found ','/],
    ['a = <<EOT\nhello\n', 1, 5, /Unterminated heredoc.*EOT/],
    ['}\n', 1, 1, /Unexpected '}'/],
    ['a = 1 2\n', 1, 7, /after attribute 'a'/],
    ['a = 1\na = 2\n', 2, 1, /Duplicate attribute 'a'.*line 1/],
    ['x "l" = 1\n', 1, 7, /Expected '=' or a block '\{'|Expected/],
    ['a = "\\q"\n', 1, 6, /Invalid escape/],
    ['a = "%{if x}y"\n', 1, 14, /Missing %\{endif\}/],
    ['/* open\n', 1, 1, /Unterminated comment/],
    ['a = {\n  b = 1 c = 2\n}\n', 2, 9, /Expected ',', newline or '\}'/],
  ];
  for (const [text, line, column, msg] of cases) {
    it(`${JSON.stringify(text)} → ${line}:${column}`, () => {
      const e = err(text);
      assert.equal(e.file, 't.tf');
      assert.deepEqual([e.line, e.column], [line, column], e.message);
      assert.match(e.message, msg);
    });
  }
});

describe('parseHclFile: limits', () => {
  it('reports absurd nesting as an error instead of throwing', () => {
    const r = parseHclFile('t.tf', 'a = ' + '['.repeat(200_000));
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].line, 1);
  });
});
