import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, member, parseJsonPositions, plain } from './json-positions.js';

const samples = ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\"y\\u00e9\\n"], "b": {"c": {}}}', '  "s"  ', '0', '[{"a":[[]]}]'];

test('parses like JSON.parse', () => {
  for (const s of samples) {
    const r = parseJsonPositions(s);
    assert.ok(r.ok, s);
    assert.deepEqual(plain(r.value), JSON.parse(s));
  }
});

test('keeps offsets of values and keys; LineIndex maps them to lines and columns', () => {
  const text = '{\n  "a": {\n    "b": 1\n  },\n  "c": [true]\n}';
  const r = parseJsonPositions(text);
  assert.ok(r.ok);
  const a = member(r.value, 'a')!;
  const lines = new LineIndex(text);
  assert.deepEqual(lines.pos(a.start), { line: 2, col: 8 });
  assert.deepEqual(lines.pos(a.end - 1), { line: 4, col: 3 });
  const b = member(a, 'b')!;
  assert.deepEqual(lines.pos(b.start), { line: 3, col: 10 });
  assert.ok(r.value.k === 'obj');
  assert.deepEqual(lines.pos(r.value.entries[1]!.keyStart), { line: 5, col: 3 });
});

test('rejects what JSON.parse rejects, with the offset of the problem', () => {
  const bad: Array<[string, number]> = [
    ['{"a": }', 6],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['"abc', 0],
    ['[1] x', 4],
    ["{'a': 1}", 1],
    ['[01]', 2],
    ['{"a": tru}', 6],
  ];
  for (const [s, offset] of bad) {
    assert.throws(() => JSON.parse(s));
    const r = parseJsonPositions(s);
    assert.equal(r.ok, false, s);
    if (!r.ok) assert.equal(r.offset, offset, `${s}: ${r.message}`);
  }
});
