/**
 * SOC 2 (2017 Trust Services Criteria) as data: every criterion of the Common Criteria and of the availability,
 * confidentiality, processing integrity and privacy categories, with entity-level criteria left to people.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from './index.js';

const soc2 = loadFrameworks().find((f) => f.id === 'soc2-2017');
const req = (id: string) => soc2?.requirements.find((r) => r.id === id);
const series = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const EXPECTED = [
  ...series('CC1.', 5), ...series('CC2.', 3), ...series('CC3.', 4), ...series('CC4.', 2), ...series('CC5.', 3),
  ...series('CC6.', 8), ...series('CC7.', 5), ...series('CC8.', 1), ...series('CC9.', 2),
  ...series('A1.', 3), ...series('C1.', 2), ...series('PI1.', 5),
  'P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P4.2', 'P4.3', 'P5.1', 'P5.2', ...series('P6.', 7), 'P7.1', 'P8.1',
];

describe('SOC 2 Trust Services Criteria (2017)', () => {
  test('loads with its metadata', () => {
    assert.ok(soc2, 'soc2-2017 not loaded');
    assert.equal(soc2.version, '2017');
  });

  test('lists every criterion in order, each under its own series', () => {
    assert.equal(EXPECTED.length, 61);
    assert.deepEqual(soc2?.requirements.map((r) => r.id), EXPECTED);
    for (const r of soc2?.requirements ?? []) assert.ok(r.section.startsWith(r.id.split('.')[0] + ' '), `${r.id}: ${r.section}`);
  });

  test('logical access and monitoring criteria carry configuration evidence', () => {
    assert.ok(req('CC6.1')?.rules.includes('aws-iam-root-mfa'));
    assert.ok(req('CC6.6')?.rules.includes('aws-ec2-sg-rdp-open'));
    assert.ok(req('CC6.7')?.rules.includes('aws-s3-bucket-tls-only'));
    assert.ok(req('CC7.2')?.rules.includes('aws-guardduty-detector-enabled'));
    assert.ok(req('A1.2')?.rules.includes('aws-rds-instance-backup-retention'));
  });

  test('entity-level and privacy criteria are manual by nature', () => {
    for (const r of soc2?.requirements.filter((x) => /^(CC[1-5]\.|P\d)/.test(x.id)) ?? []) {
      assert.equal(r.manual, true, r.id);
      assert.match(r.note ?? '', /^manual by nature: \S/, r.id);
    }
  });
});
