/**
 * ISO/IEC 27001:2022 Annex A as data: all 93 controls in the standard's order, each under its theme, with the
 * physical and people themes left to people and the technological theme carrying the configuration evidence.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { frameworksFor, loadFrameworks } from './index.js';

const iso = loadFrameworks().find((f) => f.id === 'iso-27001-2022');
const req = (id: string) => iso?.requirements.find((r) => r.id === id);
const THEMES: readonly [number, number, string][] = [
  [5, 37, 'A.5 Organizational controls'],
  [6, 8, 'A.6 People controls'],
  [7, 14, 'A.7 Physical controls'],
  [8, 34, 'A.8 Technological controls'],
];

describe('ISO/IEC 27001:2022 Annex A', () => {
  test('loads with its metadata', () => {
    assert.ok(iso, 'iso-27001-2022 not loaded');
    assert.equal(iso.version, '2022');
    assert.equal(iso.provider, 'aws');
  });

  test('lists all 93 Annex A controls in order, each under its theme', () => {
    const expected = THEMES.flatMap(([theme, count]) => Array.from({ length: count }, (_, i) => `A.${theme}.${i + 1}`));
    assert.equal(expected.length, 93);
    assert.deepEqual(iso?.requirements.map((r) => r.id), expected);
    for (const r of iso?.requirements ?? []) {
      const theme = THEMES.find(([t]) => r.id.startsWith(`A.${t}.`));
      assert.equal(r.section, theme?.[2], r.id);
    }
  });

  test('people and physical controls are manual by nature', () => {
    for (const r of iso?.requirements.filter((x) => x.id.startsWith('A.6.') || x.id.startsWith('A.7.')) ?? []) {
      assert.equal(r.manual, true, r.id);
      assert.match(r.note ?? '', /^manual by nature: \S/, r.id);
    }
  });

  test('configuration evidence reaches the technological controls it bears on', () => {
    assert.ok(req('A.8.24')?.rules.includes('aws-rds-instance-encrypted'));
    assert.ok(req('A.8.24')?.rules.includes('aws-kms-key-rotation'));
    assert.ok(req('A.8.5')?.rules.includes('aws-iam-user-console-mfa'));
    assert.ok(req('A.8.15')?.rules.includes('aws-cloudtrail-multi-region'));
    assert.ok(req('A.8.20')?.rules.includes('aws-ec2-sg-ssh-open'));
    assert.ok(req('A.8.13')?.rules.includes('aws-dynamodb-table-pitr'));
    const inIso = (ruleId: string): string[] => frameworksFor(ruleId).filter((x) => x.framework === 'iso-27001-2022').map((x) => x.requirement);
    assert.deepEqual(inIso('aws-config-recorder-enabled'), ['A.5.9', 'A.8.9']);
  });

  test('a rule that only asks for a customer-managed key is not read as missing encryption', () => {
    // SSE-S3 and DynamoDB's default encryption still encrypt; only key-control controls may cite these rules.
    for (const id of ['aws-s3-bucket-kms-encryption', 'aws-dynamodb-table-cmk'])
      assert.deepEqual(frameworksFor(id).filter((x) => x.framework === 'iso-27001-2022').map((x) => x.requirement), ['A.8.24'], id);
  });
});
