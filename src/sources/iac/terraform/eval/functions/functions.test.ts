import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHclExpression } from '../../hcl/index.js';
import type { TfNode } from '../../instance.js';
import { evalExpr } from '../expr.js';
import { plain } from '../plain.js';
import type { Scope } from '../scope.js';
import { EvalError, unknown } from '../values.js';

const R = { file: 'x.tf', startLine: 1, endLine: 1 };
const scope: Scope = {
  file: 'x.tf',
  names: new Map<string, TfNode>([['u', unknown('var.u has no value', R)]]),
  resolver: {
    moduleDir: process.cwd(),
    resolve: (root) => {
      throw new EvalError(`no ${root}`);
    },
  },
};

function ev(src: string): unknown {
  const p = parseHclExpression('x.tf', src);
  assert.deepEqual(p.errors, [], src);
  return plain(evalExpr(p.expr!, scope));
}

const CASES: [string, unknown][] = [
  ['jsonencode({a = [1, "x", true, null]})', '{"a":[1,"x",true,null]}'],
  ['jsondecode("{\\"a\\": [1, 2]}").a[1]', 2],
  ['yamlencode({a = 1})', 'a: 1\n'],
  ['merge({a = 1, b = 2}, {b = 3}, null)', { a: 1, b: 3 }],
  ['lookup({a = 1}, "b", "d")', 'd'],
  ['concat([1], [2, 3])', [1, 2, 3]],
  ['format("%s-%03d-%.2f-%q-%t-%%", "a", 7, 1.5, "q", true)', 'a-007-1.50-"q"-true-%'],
  ['formatlist("%s=%s", ["a", "b"], "v")', ['a=v', 'b=v']],
  ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
  ['split(",", "a,b")', ['a', 'b']],
  ['replace("a-b-c", "-", "_")', 'a_b_c'],
  ['replace("hello 123", "/(\\\\d+)/", "<$1>")', 'hello <123>'],
  ['lower("AB") == "ab" && upper("ab") == "AB"', true],
  ['trimspace("  x \\n")', 'x'],
  ['trim("?!hello?!", "!?")', 'hello'],
  ['trimprefix("abc", "a")', 'bc'],
  ['trimsuffix("abc", "c")', 'ab'],
  ['substr("hello", 1, 3)', 'ell'],
  ['substr("hello", -3, -1)', 'llo'],
  ['length("héllo") + length([1, 2]) + length({a = 1})', 8],
  ['element(["a", "b"], 3)', 'b'],
  ['index(["a", "b"], "b")', 1],
  ['contains(["a", "b"], "b")', true],
  ['keys({b = 1, a = 2})', ['a', 'b']],
  ['values({b = 1, a = 2})', [2, 1]],
  ['flatten([[1, [2]], 3])', [1, 2, 3]],
  ['distinct([1, 2, 1])', [1, 2]],
  ['compact(["a", "", null, "b"])', ['a', 'b']],
  ['coalesce(null, "", "x")', 'x'],
  ['coalescelist([], [1])', [1]],
  ['try(undefined_thing, "fallback")', 'fallback'],
  ['can(undefined_thing)', false],
  ['can(1 + 1)', true],
  ['tostring(5)', '5'],
  ['tonumber("5") + 1', 6],
  ['tobool("true")', true],
  ['tolist(toset(["b", "a", "b"]))', ['a', 'b']],
  ['tomap({a = 1})', { a: 1 }],
  ['min(3, 1, 2) + max(1, 5) + abs(-2) + ceil(1.2) + floor(1.8)', 11],
  ['range(3)', [0, 1, 2]],
  ['range(1, 8, 3)', [1, 4, 7]],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  ['slice([1, 2, 3, 4], 1, 3)', [2, 3]],
  ['sort(["b", "a"])', ['a', 'b']],
  ['reverse([1, 2])', [2, 1]],
  ['setunion(["a"], ["b", "a"])', ['a', 'b']],
  ['setintersection(["a", "b"], ["b", "c"])', ['b']],
  ['base64decode(base64encode("hi"))', 'hi'],
  ['md5("a")', '0cc175b9c0f1b6a831c399e269772661'],
  ['sha1("a")', '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8'],
  ['sha256("a")', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
  ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
  ['cidrsubnet("fd00::/56", 8, 1)', 'fd00:0:0:1::/64'],
  ['cidrhost("10.0.1.0/24", 5)', '10.0.1.5'],
  ['cidrhost("10.0.1.0/24", -1)', '10.0.1.255'],
  ['cidrnetmask("10.0.0.0/12")', '255.240.0.0'],
  ['cidrsubnets("10.0.0.0/16", 4, 4, 8)', ['10.0.0.0/20', '10.0.16.0/20', '10.0.32.0/24']],
  ['regex("(\\\\d+)-(\\\\w+)", "12-ab")', ['12', 'ab']],
  ['regex("^a+", "aab")', 'aa'],
  ['regexall("\\\\d", "a1b2")', ['1', '2']],
  ['startswith("abc", "ab") && endswith("abc", "bc") && strcontains("abc", "b")', true],
  ['one([])', null],
  ['one(["x"])', 'x'],
  ['sum([1, 2.5])', 3.5],
  ['alltrue([true, "true"]) && !anytrue([false])', true],
  ['"${1 + 1}x" == "2x" ? "y" : "n"', 'y'],
  ['[for s in ["a", "b"] : upper(s) if s != "b"]', ['A']],
  ['{for k, v in {a = 1, b = 2} : v => k}', { 1: 'a', 2: 'b' }],
  ['{for s in ["a", "b", "a"] : s => s...}', { a: ['a', 'a'], b: ['b'] }],
  ['[{a = 1}, {a = 2}][*].a', [1, 2]],
  ['"%{for x in [1, 2]}<${x}>%{endfor}"', '<1><2>'],
  ['"%{if false}a%{else}b%{endif}"', 'b'],
  ['10 / 4 + 7 % 3 - -1', 4.5],
  ['1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4 == false', true],
  ['[1, 2] == [1, 2] && {a = 1} != {a = 2}', true],
  ['timestamp()', '<unknown: timestamp() is known only at apply time>'],
  ['upper(u)', '<unknown: var.u has no value>'],
  ['length([u, 1])', 2],
  ['coalesce(u, "x")', '<unknown: var.u has no value>'],
  ['try(u, "x")', '<unknown: var.u has no value>'],
  ['false && u', false],
  ['true || u', true],
  ['u ? 1 : 1', 1],
  ['merge({a = u}, {b = 1}).b', 1],
  ['file("/definitely/missing/file.txt")', '<unknown: file "/definitely/missing/file.txt" was not found>'],
  ['nosuchfunction(1)', "<unknown: function nosuchfunction() is not supported by cloudwarden's evaluator>"],
];

describe('Terraform functions and expressions', () => {
  for (const [src, want] of CASES) it(src, () => assert.deepEqual(ev(src), want));

  it('throws EvalError (caught by try) for wrong argument types and arity', () => {
    assert.throws(() => ev('upper([1])'), /upper\(\): .*must be a string/);
    assert.throws(() => ev('lookup({}, "k")'), /no key "k"/);
    assert.throws(() => ev('join(",")'), /takes at least 2/);
    assert.throws(() => ev('{a = 1}.b'), /no attribute "b"/);
    assert.throws(() => ev('[1][3]'), /out of range/);
  });
});
