/**
 * Framework data against the rule catalogue: every rule id a framework names exists in the registry and
 * belongs to the framework's provider (frameworks/ may not import the registry, so this check lives here).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from '../frameworks/index.js';
import { ruleById } from '../engine/registry.js';

const frameworks = loadFrameworks();

test('some framework data is shipped', () => {
  assert.ok(frameworks.length > 0);
});

for (const fw of frameworks) {
  test(`${fw.id}: every referenced rule exists and targets provider ${fw.provider}`, () => {
    const missing: string[] = [];
    for (const req of fw.requirements)
      for (const id of req.rules) {
        const rule = ruleById(id);
        if (!rule) missing.push(`${req.id} -> ${id}`);
        else assert.equal(rule.provider, fw.provider, `${req.id} -> ${id}`);
      }
    assert.deepEqual(missing, []);
  });
}
