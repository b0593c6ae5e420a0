/**
 * NIST SP 800-53 Rev. 5 as data: the technically assessable subset of eleven families, with NIST's control
 * ids, each control filed under its own family.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { frameworksFor, loadFrameworks } from './index.js';

const FAMILIES = ['AC', 'AU', 'CA', 'CM', 'CP', 'IA', 'IR', 'RA', 'SA', 'SC', 'SI'];
const nist = loadFrameworks().find((f) => f.id === 'nist-800-53-rev5');
const req = (id: string) => nist?.requirements.find((r) => r.id === id);

describe('NIST SP 800-53 Rev. 5', () => {
  test('loads and says it covers a subset', () => {
    assert.ok(nist, 'nist-800-53-rev5 not loaded');
    assert.equal(nist.version, 'Rev. 5');
    assert.match(nist.description ?? '', /subset/);
    const n = nist.requirements.length;
    assert.ok(n >= 100 && n <= 150, `${n} controls`);
  });

  test('ids are NIST control or enhancement ids, filed under their own family', () => {
    for (const r of nist?.requirements ?? []) {
      const m = /^([A-Z]{2})-(\d+)(\((\d+)\))?$/.exec(r.id);
      assert.ok(m, `${r.id}: not a control id`);
      assert.ok(FAMILIES.includes(m[1] as string), `${r.id}: family outside the covered set`);
      assert.ok(r.section.startsWith(`${m[1]} `), `${r.id}: section ${r.section}`);
    }
    assert.deepEqual([...new Set(nist?.requirements.map((r) => r.id.slice(0, 2)))], FAMILIES);
  });

  test('an enhancement follows its base control', () => {
    const seen = new Set<string>();
    for (const r of nist?.requirements ?? []) {
      const base = r.id.replace(/\(\d+\)$/, '');
      if (base !== r.id) assert.ok(seen.has(base), `${r.id} listed before ${base}`);
      seen.add(r.id);
    }
  });

  test('configuration evidence reaches the controls it bears on', () => {
    assert.ok(req('SC-28')?.rules.includes('aws-rds-instance-encrypted'));
    assert.ok(req('IA-2(1)')?.rules.includes('aws-iam-root-mfa'));
    assert.ok(req('AU-2')?.rules.includes('aws-cloudtrail-multi-region'));
    const inNist = (ruleId: string): string[] => frameworksFor(ruleId).filter((x) => x.framework === 'nist-800-53-rev5').map((x) => x.requirement);
    assert.deepEqual(inNist('aws-iam-password-policy-min-length'), ['IA-5(1)']);
  });

  test('organisational controls stay manual by nature', () => {
    for (const id of ['CA-2', 'CP-2', 'IR-8', 'RA-3']) {
      assert.equal(req(id)?.manual, true, id);
      assert.match(req(id)?.note ?? '', /^manual by nature: \S/, id);
    }
  });
});
