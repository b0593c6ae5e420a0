import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../../model/core/index.js';
import { ec2Instance, ecrImage, inspectorCoverage, vulnerability } from './aws-compute-fixtures.js';
import { fixtureContext, v } from './aws-logging-fixtures.js';
import { criticalCvss, exploitable, fixable, judgeVulnerabilities } from './aws-compute-vulnerabilities.js';
import type { Outcome } from './rule.js';

const judge = (subject: Resource, rest: Resource[], check = exploitable): Outcome | undefined =>
  judgeVulnerabilities(fixtureContext([subject, ...rest], new Date('2026-06-01T00:00:00Z')), subject, 'aws.ec2.instance', check, 'exploitable CVE(s)');

test('a scan with no vulnerability source at all does not judge; IaC never does', () => {
  assert.equal(judge(ec2Instance('i-a'), []), undefined);
  const iac: Resource = { ...ec2Instance('i-b'), origin: { kind: 'iac', framework: 'terraform', file: 'main.tf', startLine: 1, endLine: 9, address: 'aws_instance.b' } };
  assert.equal(judge(iac, [inspectorCoverage(), vulnerability('CVE-1', iac.uid)]), undefined);
});

test('evidence is capped at ten findings, highest CVSS first, and the message counts them all', () => {
  const i = ec2Instance('i-many');
  const findings = Array.from({ length: 14 }, (_, n) => vulnerability(`CVE-2024-${1000 + n}`, i.uid, { cvssScore: v(7 + n / 10) }));
  const o = judge(i, findings)!;
  assert.equal(o.status, 'fail');
  assert.equal(o.evidence.length, 10);
  assert.match(o.message, /^14 active/);
  assert.match(o.message, /and 4 more$/);
  assert.match(String(o.evidence[0]?.value), /CVE-2024-1013/);
});

test('closed and suppressed findings are ignored, but prove the resource was scanned', () => {
  const i = ec2Instance('i-fixed');
  const o = judge(i, [vulnerability('CVE-1', i.uid, { status: v('CLOSED') }), vulnerability('CVE-2', i.uid, { status: v('SUPPRESSED') })])!;
  assert.equal(o.status, 'pass');
});

test('an imported image (a scanner report) with no finding counts as scanned', () => {
  const img: Resource = { ...ecrImage('scanned'), origin: { kind: 'import', format: 'trivy', file: 'trivy.json' } };
  const ctx = fixtureContext([img, vulnerability('CVE-x', 'another-image')]);
  assert.equal(judgeVulnerabilities(ctx, img, 'aws.ecr.image', exploitable, 'exploitable CVE(s)')?.status, 'pass');
});

test('the checks: low severity never offends; a fixed version stands in for a missing fix flag; CVSS 9.0 is the line', () => {
  const f = (p: Parameters<typeof vulnerability>[2]) => vulnerability('CVE-1', 'x', p);
  assert.equal(exploitable(f({ severity: v('MEDIUM') })), 'no');
  assert.equal(fixable(f({ fixAvailable: v(null) })), 'yes');
  assert.equal(fixable(f({ fixAvailable: v('PARTIAL') })), 'yes');
  assert.equal(criticalCvss(f({ cvssScore: v(9.0) })), 'yes');
  assert.equal(criticalCvss(f({ cvssScore: v(8.9) })), 'no');
  assert.equal(criticalCvss(f({ cvssScore: v(null), severity: v('HIGH') })), 'no');
});
