/**
 * PCI DSS v4.0 as data: every defined requirement of Requirements 1-12 in numeric order, and mappings that do not
 * fail an account for settings the standard accepts (the catalogue's password rules are stricter than PCI's).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { frameworksFor, loadFrameworks } from './index.js';

const pci = loadFrameworks().find((f) => f.id === 'pci-dss-4.0');
const req = (id: string) => pci?.requirements.find((r) => r.id === id);
const numeric = (id: string): number[] => id.split('.').map(Number);
const before = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return a.length < b.length;
};

describe('PCI DSS v4.0', () => {
  test('loads with its metadata', () => {
    assert.ok(pci, 'pci-dss-4.0 not loaded');
    assert.equal(pci.version, '4.0');
  });

  test('lists the defined requirements of 1-12 at x.y.z depth or deeper, in numeric order', () => {
    const ids = pci?.requirements.map((r) => r.id) ?? [];
    for (const id of ids) assert.match(id, /^(1[0-2]|[1-9])\.\d+\.\d+(\.\d+){0,2}$/, id);
    for (let i = 1; i < ids.length; i++) assert.ok(before(numeric(ids[i - 1] as string), numeric(ids[i] as string)), `${ids[i - 1]} before ${ids[i]}`);
    const perRequirement = new Map<string, number>();
    for (const id of ids) perRequirement.set(id.split('.')[0] as string, (perRequirement.get(id.split('.')[0] as string) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(perRequirement), {
      '1': 19, '2': 11, '3': 29, '4': 6, '5': 13, '6': 19, '7': 12, '8': 29, '9': 27, '10': 27, '11': 21, '12': 37,
    });
    for (const id of ['1.4.4', '3.5.1.2', '6.4.2', '8.3.10.1', '9.5.1.2.1', '10.2.1.7', '10.7.3', '11.5.1.1', '12.10.7'])
      assert.ok(req(id), id);
  });

  test('each requirement sits under its principal requirement', () => {
    for (const r of pci?.requirements ?? []) assert.ok(r.section.startsWith(r.id.split('.')[0] + ' '), `${r.id}: ${r.section}`);
  });

  test('technical requirements carry configuration evidence', () => {
    assert.ok(req('1.3.1')?.rules.includes('aws-ec2-sg-ssh-open'));
    assert.ok(req('3.5.1')?.rules.includes('aws-rds-instance-encrypted'));
    assert.ok(req('4.2.1')?.rules.includes('aws-elbv2-listener-tls-policy'));
    assert.ok(req('8.4.1')?.rules.includes('aws-iam-root-mfa'));
    assert.ok(req('10.2.1')?.rules.includes('aws-cloudtrail-logging-enabled'));
    assert.deepEqual(req('10.5.1')?.rules, ['aws-logs-group-retention']);
  });

  test('rules stricter than the standard are not mapped where they would fail a compliant account', () => {
    const inPci = (ruleId: string): string[] => frameworksFor(ruleId).filter((x) => x.framework === 'pci-dss-4.0').map((x) => x.requirement);
    // 14 characters and 24 remembered passwords are above PCI's 12 and four.
    assert.deepEqual(inPci('aws-iam-password-policy-min-length'), []);
    assert.deepEqual(inPci('aws-iam-password-policy-reuse'), []);
    assert.equal(req('8.3.7')?.manual, true);
    assert.match(req('8.3.7')?.note ?? '', /^not automated yet: /);
  });

  test('physical requirements are manual by nature', () => {
    for (const r of pci?.requirements.filter((x) => x.id.startsWith('9.')) ?? []) {
      assert.equal(r.manual, true, r.id);
      assert.match(r.note ?? '', /^manual by nature: \S/, r.id);
    }
  });
});
