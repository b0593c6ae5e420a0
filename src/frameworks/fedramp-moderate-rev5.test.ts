/**
 * FedRAMP Moderate (Rev. 5) as data: the Moderate selection of the NIST SP 800-53 Rev. 5 subset, sharing
 * its mapping, so the two files cannot drift apart.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from './index.js';

const frameworks = loadFrameworks();
const fedramp = frameworks.find((f) => f.id === 'fedramp-moderate-rev5');
const nist = frameworks.find((f) => f.id === 'nist-800-53-rev5');

describe('FedRAMP Moderate Rev. 5', () => {
  test('loads and says it covers a subset', () => {
    assert.ok(fedramp, 'fedramp-moderate-rev5 not loaded');
    assert.equal(fedramp.name, 'FedRAMP Moderate Baseline');
    assert.equal(fedramp.version, 'Rev. 5');
    assert.match(fedramp.description ?? '', /subset/);
    assert.ok(fedramp.requirements.length >= 100, `${fedramp.requirements.length} controls`);
  });

  test('every control is a NIST 800-53 Rev. 5 control with the same title, section, rules and status', () => {
    for (const r of fedramp?.requirements ?? []) {
      const n = nist?.requirements.find((x) => x.id === r.id);
      assert.ok(n, `${r.id} not in the NIST file`);
      assert.deepEqual({ ...r }, { ...n }, r.id);
    }
  });

  test('controls the Moderate baseline does not select are left out', () => {
    const ids = new Set(fedramp?.requirements.map((r) => r.id));
    for (const id of ['AU-9(2)', 'AU-10', 'AU-12(1)']) {
      assert.ok(!ids.has(id), id);
      assert.ok(nist?.requirements.some((r) => r.id === id), `${id} should stay in the NIST file`);
    }
  });
});
