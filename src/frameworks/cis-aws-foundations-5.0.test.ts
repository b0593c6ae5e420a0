/**
 * CIS AWS Foundations Benchmark v5.0.0 as data: every control of the benchmark, in its order, with the
 * controls that need a person kept manual. Also holds the rule for every CIS file: an automated control
 * names at least one rule.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { frameworksFor, loadFrameworks } from './index.js';

const frameworks = loadFrameworks();
const cis = frameworks.find((f) => f.id === 'cis-aws-foundations-5.0');
const ids = (prefix: string): string[] => (cis?.requirements ?? []).filter((r) => r.id.startsWith(prefix)).map((r) => r.id);
const range = (p: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${p}${i + 1}`);
const req = (id: string) => cis?.requirements.find((r) => r.id === id);

describe('CIS AWS Foundations 5.0', () => {
  test('loads with its name, version and provider', () => {
    assert.ok(cis, 'cis-aws-foundations-5.0 not loaded');
    assert.equal(cis.name, 'CIS Amazon Web Services Foundations Benchmark');
    assert.equal(cis.version, '5.0.0');
    assert.equal(cis.provider, 'aws');
    assert.equal(cis.file, join('aws', 'cis-aws-foundations-5.0.yaml'));
  });

  test('lists every control of v5.0.0, in order', () => {
    assert.deepEqual(ids('1.'), range('1.', 21));
    assert.deepEqual(ids('2.'), ['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1']);
    assert.deepEqual(ids('3.'), range('3.', 9));
    assert.deepEqual(ids('4.'), range('4.', 16));
    assert.deepEqual(ids('5.'), ['5.1.1', '5.1.2', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7']);
    assert.equal(cis?.requirements.length, 63);
  });

  test('controls that need a person stay manual, with a reason', () => {
    for (const id of ['1.1', '1.20', '2.1.3']) {
      assert.equal(req(id)?.manual, true, id);
      assert.deepEqual(req(id)?.rules, [], id);
      assert.match(req(id)?.note ?? '', /^manual by nature: \S/, id);
    }
  });

  test('renumbered controls keep at least the rules of their v3.0.0 counterparts', () => {
    const cis3 = frameworks.find((f) => f.id === 'cis-aws-foundations-3.0');
    // v5.0.0 id -> v3.0.0 id, for controls whose wording did not change.
    const moved: Record<string, string> = { '1.3': '1.4', '1.9': '1.10', '1.14': '1.15', '2.2.1': '2.3.1', '2.3.1': '2.4.1', '5.1.1': '2.2.1', '5.2': '5.1', '5.7': '5.6' };
    for (const [v5, v3] of Object.entries(moved)) {
      const old = cis3?.requirements.find((r) => r.id === v3);
      assert.ok(old, v3);
      for (const rule of old.rules) assert.ok(req(v5)?.rules.includes(rule), `${v5} (was ${v3}) lost ${rule}`);
    }
  });

  test('frameworksFor reaches the new CIFS and Multi-AZ controls and the trail bucket control', () => {
    const in5 = (ruleId: string): string[] => frameworksFor(ruleId).filter((x) => x.framework === 'cis-aws-foundations-5.0').map((x) => x.requirement);
    assert.deepEqual(in5('aws-ec2-sg-smb-open'), ['5.1.2']);
    assert.deepEqual(in5('aws-rds-instance-multi-az'), ['2.2.4']);
    assert.deepEqual(in5('aws-ec2-sg-ssh-open'), ['5.3', '5.4']);
    // 3.4 is about the trail's own bucket, so the rule that finds that bucket judges it, not the every-bucket rule.
    assert.deepEqual(in5('aws-cloudtrail-bucket-access-logging'), ['3.4']);
    assert.deepEqual(in5('aws-s3-bucket-access-logging'), []);
  });
});

describe('every CIS framework file', () => {
  const cisFiles = frameworks.filter((f) => f.id.startsWith('cis-'));

  test('both shipped CIS versions are present', () => {
    assert.deepEqual(cisFiles.map((f) => f.id).sort(), ['cis-aws-foundations-3.0', 'cis-aws-foundations-5.0']);
  });

  for (const fw of cisFiles)
    test(`${fw.id}: every automated control maps to at least one rule and every manual one says why`, () => {
      for (const r of fw.requirements) {
        if (r.manual) assert.match(r.note ?? '', /^(manual by nature|not automated yet)/, r.id);
        else assert.ok(r.rules.length >= 1, `${r.id}: automated without a rule`);
      }
    });
});
