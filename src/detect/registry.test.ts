import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DETECTION_FILES } from './catalog.generated.js';

test('every detection: id equals its file name, unique, complete metadata', () => {
  const seen = new Set<string>();
  for (const { file, detection: d } of DETECTION_FILES) {
    assert.equal(file.split('/').pop(), `${d.id}.ts`, file);
    assert.ok(file.startsWith(`${d.provider}/`), `${d.id} lives under its provider's folder`);
    assert.ok(!seen.has(d.id), `duplicate ${d.id}`);
    seen.add(d.id);
    for (const k of ['title', 'description', 'falsePositives'] as const) assert.ok(d[k].trim().length > 10, `${d.id}: ${k}`);
    assert.ok(d.mitre.tactic && d.mitre.techniqueName, `${d.id}: MITRE tactic and technique name`);
    assert.ok(d.references.length > 0, `${d.id}: references`);
  }
});
