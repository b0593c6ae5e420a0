import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks, type Framework } from '../frameworks/index.js';
import { evaluateCompliance, evaluateFramework } from './evaluate.js';
import { finding, scanReport } from './test-support/findings.js';

const cis = (): Framework => {
  const fw = loadFrameworks().find((f) => f.id === 'cis-aws-foundations-3.0');
  assert.ok(fw, 'the CIS 3.0 framework file ships');
  return fw;
};
const req = (r: ReturnType<typeof evaluateFramework>, id: string) => r.requirements.find((x) => x.id === id)!;

test('each requirement gets pass, fail, unknown, not-evaluated or manual from the findings of its rules', () => {
  const r = evaluateFramework(cis(), [
    finding('aws-iam-root-mfa', 'fail', 'arn:aws:iam::111122223333:root'),
    finding('aws-iam-root-mfa', 'pass', 'arn:aws:iam::444455556666:root', { resource: { id: 'arn:aws:iam::444455556666:root', type: 'aws.iam.root', name: 'root', provider: 'aws', account: '444455556666' } }),
    finding('aws-iam-root-access-keys', 'pass', 'arn:aws:iam::111122223333:root'),
    finding('aws-iam-password-policy-min-length', 'unknown', 'arn:aws:iam::111122223333:password-policy'),
    finding('aws-iam-password-policy-min-length', 'pass', 'arn:aws:iam::444455556666:password-policy'),
  ]);
  assert.equal(req(r, '1.5').status, 'fail');
  assert.equal(req(r, '1.4').status, 'pass');
  assert.equal(req(r, '1.8').status, 'unknown');
  assert.equal(req(r, '1.6').status, 'not-evaluated', 'no finding of its rule: nothing in scope, which is not a pass');
  assert.match(req(r, '1.6').reason, /no resource in scope/);
  assert.equal(req(r, '1.1').status, 'manual');
  assert.match(req(r, '1.1').reason, /manual by nature/, 'the framework file\'s note explains a manual requirement');
  const fail = req(r, '1.5');
  assert.deepEqual(fail.counts, { fail: 1, unknown: 0, pass: 1, muted: 0, resources: 2 });
  assert.deepEqual(fail.evidence.map((e) => e.status), ['fail', 'pass'], 'failing evidence first');
  assert.equal(fail.evidence[0]!.resource.account, '111122223333');
});

test('a muted failure is evidence but does not fail the requirement', () => {
  const muted = finding('aws-iam-root-mfa', 'fail', 'arn:aws:iam::111122223333:root', { muted: { reason: 'accepted until the audit', by: 'config' } });
  const r = evaluateFramework(cis(), [muted, finding('aws-iam-root-mfa', 'pass', 'arn:aws:iam::444455556666:root')]);
  const q = req(r, '1.5');
  assert.equal(q.status, 'pass');
  assert.equal(q.counts.muted, 1);
  assert.match(q.reason, /1 muted/);
  assert.equal(q.evidence.at(-1)!.muted, true, 'muted evidence listed last');
  const onlyMuted = req(evaluateFramework(cis(), [muted]), '1.5');
  assert.equal(onlyMuted.status, 'pass');
  assert.match(onlyMuted.reason, /only muted/);
});

test('a requirement with several rules fails when any of them fails, and counts each resource once', () => {
  const r = evaluateFramework(cis(), [
    finding('aws-s3-bucket-public-access-block', 'pass', 'arn:aws:s3:::logs'),
    finding('aws-s3-account-public-access-block', 'fail', 'arn:aws:s3:us-east-1:111122223333:account'),
  ]);
  const q = req(r, '2.1.4');
  assert.deepEqual(q.rules, ['aws-s3-bucket-public-access-block', 'aws-s3-account-public-access-block']);
  assert.equal(q.status, 'fail');
  assert.equal(q.counts.resources, 2);
});

test('scores: passed / all requirements and passed / assessed, overall and per section', () => {
  const fw = cis();
  const r = evaluateFramework(fw, [
    finding('aws-iam-root-mfa', 'pass', 'root'),
    finding('aws-iam-root-access-keys', 'pass', 'root'),
    finding('aws-iam-root-hardware-mfa', 'fail', 'root'),
    finding('aws-iam-password-policy-min-length', 'unknown', 'policy'),
  ]);
  const manual = fw.requirements.filter((q) => q.manual).length;
  assert.equal(r.total, fw.requirements.length);
  assert.equal(r.pass, 2);
  assert.equal(r.fail, 1);
  assert.equal(r.unknown, 1);
  assert.equal(r.manual, manual);
  assert.equal(r.notEvaluated, r.total - 4 - manual);
  assert.equal(r.assessed, 4);
  assert.equal(r.score, Math.round((1000 * 2) / r.total) / 10);
  assert.equal(r.assessedScore, 50);
  assert.equal(r.sections.reduce((n, s) => n + s.total, 0), r.total, 'every requirement is in exactly one section');
  const iam = r.sections.find((s) => s.name === 'Identity and Access Management')!;
  assert.equal(iam.pass, 2);
  assert.equal(iam.assessed, 4);
  const networking = r.sections.find((s) => s.name === 'Networking')!;
  assert.equal(networking.assessedScore, null, 'nothing assessed: no score to report, not 0 and not 100');
  assert.equal(networking.score, 0);
});

test('an empty scan evaluates every automated requirement as not-evaluated, never as a pass', () => {
  const r = evaluateFramework(cis(), []);
  assert.equal(r.pass, 0);
  assert.equal(r.score, 0);
  assert.equal(r.notEvaluated + r.manual, r.total);
});

test('evaluateCompliance covers every framework given (any number) and records the scan scope', () => {
  const all = loadFrameworks();
  const report = scanReport([
    finding('aws-iam-root-mfa', 'fail', 'arn:aws:iam::111122223333:root'),
    finding('aws-iam-root-mfa', 'pass', 'arn:aws:iam::444455556666:root', { resource: { id: 'arn:aws:iam::444455556666:root', type: 'aws.iam.root', name: 'root', provider: 'aws', account: '444455556666', region: 'eu-west-1' } }),
  ]);
  const c = evaluateCompliance(all, report);
  assert.equal(c.schema, 'cloudwarden.compliance/v1');
  assert.deepEqual(c.frameworks.map((f) => f.framework.id), all.map((f) => f.id));
  assert.deepEqual(c.scope.accounts, ['111122223333', '444455556666']);
  assert.deepEqual(c.scope.regions, ['eu-west-1', 'us-east-1']);
  assert.equal(c.scope.scanId, 'scan-compliance-1');
  assert.deepEqual(evaluateCompliance([], report).frameworks, []);
});
