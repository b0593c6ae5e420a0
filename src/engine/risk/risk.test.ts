import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable, type Resource } from '../../model/core/index.js';
import type { Finding } from '../../findings/finding.js';
import { Inventory } from '../inventory.js';
import { composeRisk, DEFAULT_FACTORS, scoreFindings } from './index.js';
import type { ContextFactor } from './types.js';

const live = { kind: 'api', call: 'test:Describe', region: 'eu-west-1', account: '111122223333' } as const;
function res(uid: string, type: string, properties: Record<string, unknown>, tags: Record<string, string> = {}, name = uid): Resource {
  return { uid, type, provider: 'aws', account: '111122223333', region: 'eu-west-1', name, tags: explicit(tags), properties, origin: { kind: 'live', call: 'test:Describe' }, source: live };
}
const sgRule = (v4: string[], port = 443) => ({ protocol: explicit('tcp'), fromPort: explicit(port), toPort: explicit(port), ipv4Ranges: explicit(v4), ipv6Ranges: explicit([]), sourceSecurityGroups: explicit([]), prefixListIds: explicit([]), description: explicit(''), source: live });
const sg = (uid: string, v4: string[], port = 443) => res(uid, 'aws.ec2.security-group', { ingress: explicit([sgRule(v4, port)]), egress: explicit([]) });
const instance = (uid: string, publicIp: boolean, sgs: string[], tags: Record<string, string> = {}) =>
  res(uid, 'aws.ec2.instance', { hasPublicIp: explicit(publicIp), publicIp: explicit(publicIp ? '203.0.113.7' : null), securityGroups: explicit(sgs) }, tags);
const vuln = (uid: string, target: string, exploit: boolean | null, cvss: number | null, status = 'ACTIVE') =>
  res(uid, 'vulnerability.finding', { scanner: explicit('inspector2'), vulnerabilityId: explicit(uid), exploitAvailable: explicit(exploit), cvssScore: explicit(cvss), status: explicit(status), resourceUid: explicit(target) });

function finding(resourceId: string, status: Finding['status'], severity: Finding['severity'] = 'high', muted = false): Finding {
  return {
    ruleId: 'aws-test-rule', title: 't', severity, status, ...(muted ? { muted: { reason: 'accepted', by: 'config' as const } } : {}),
    resource: { id: resourceId, type: 'x', name: resourceId, provider: 'aws' }, source: live, message: 'm', evidence: [], description: 'd',
    remediation: {}, references: [], frameworks: [], fingerprint: `${resourceId}-${status}`,
  };
}

const world = new Inventory([
  sg('sg-open', ['0.0.0.0/0']), sg('sg-closed', ['10.0.0.0/8']), sg('sg-ssh', ['0.0.0.0/0'], 22),
  instance('i-public', true, ['sg-open']), instance('i-bastion', true, ['sg-closed', 'sg-ssh']), instance('i-private', false, ['sg-open']), instance('i-closed', true, ['sg-closed']),
  instance('i-pii', false, [], { 'Data-Classification': 'PII' }),
  vuln('CVE-2024-6387', 'i-public', true, 9.8), vuln('CVE-2023-0001', 'i-private', true, 7.5), vuln('CVE-2023-0002', 'i-closed', null, 9.9),
  vuln('CVE-2023-0003', 'i-pii', true, 9.1, 'SUPPRESSED'),
  res('b-public', 'aws.s3.bucket', { policyPublic: explicit(true) }, {}, 'customer-exports'),
  res('lb', 'aws.elbv2.load-balancer', { scheme: explicit('internet-facing') }),
  res('db', 'aws.rds.instance', { publiclyAccessible: unresolvable('AccessDenied') }),
]);
const ctx = world.context(new Date('2026-11-28T00:00:00Z'));
const score = (uid: string, status: Finding['status'] = 'fail', severity: Finding['severity'] = 'high') => scoreFindings([finding(uid, status, severity)], ctx)[0]!.risk!;
const factorNames = (uid: string) => score(uid).factors.map((f) => f.factor);

test('severity alone sets the base of a failure; passes and muted findings score 0', () => {
  assert.deepEqual(['critical', 'high', 'medium', 'low', 'info'].map((s) => composeRisk({ severity: s as Finding['severity'], status: 'fail' }, []).score), [70, 50, 30, 15, 5]);
  assert.equal(score('i-public', 'pass').score, 0);
  assert.equal(scoreFindings([finding('i-public', 'fail', 'critical', true)], ctx)[0]!.risk!.score, 0);
});

test('context claims a share of the headroom above the base: the score is the sum of the points and never passes 100', () => {
  const r = score('i-public');
  // high: base 50, headroom 50; exposure 40 % → 20, exploit with CVSS 9.8 40 % → 20.
  assert.deepEqual(r.factors.map((f) => [f.factor, f.points]), [['severity', 50], ['public-exposure', 20], ['exploitable-vulnerability', 20]]);
  assert.equal(r.score, 90);
  assert.match(r.factors[2]!.detail, /CVE-2024-6387 \(CVSS 9\.8\) has a known exploit, reported by inspector2/);
  assert.equal(score('i-public', 'fail', 'critical').score, 70 + 12 + 12);
  const crowded = composeRisk({ severity: 'low', status: 'fail' }, [60, 30, 25, 25].map((weight, i) => ({ factor: `f${i}`, weight, detail: '' })));
  // low: base 15, headroom 15 (context at most doubles the base); weights past 100 % are cut.
  assert.equal(crowded.score, 30);
  assert.deepEqual(crowded.factors.map((f) => f.points), [15, 9, 5, 1, 0]);
});

test('SSH or RDP open to the internet on a public host weighs more than another open port', () => {
  const r = score('i-bastion');
  assert.deepEqual(r.factors.map((f) => [f.factor, f.points]), [['severity', 50], ['public-exposure', 25]]);
  assert.match(r.factors[1]!.detail, /sg-ssh admits SSH from the internet/);
  assert.match(score('sg-ssh').factors[1]!.detail, /admits SSH from the internet and is attached to i-bastion/);
});

test('exposure needs both the public IP and a world-open group; exploit needs an explicit, active exploit flag', () => {
  assert.deepEqual(factorNames('i-private'), ['severity', 'exploitable-vulnerability']);
  assert.equal(score('i-private').factors[1]!.points, 15);
  assert.deepEqual(factorNames('i-closed'), ['severity']);
  assert.deepEqual(factorNames('i-pii'), ['severity', 'sensitive-data']);
  assert.deepEqual(factorNames('sg-open'), ['severity', 'public-exposure']);
  assert.deepEqual(factorNames('sg-closed'), ['severity']);
});

test('buckets, load balancers and names; an unresolvable flag never counts', () => {
  assert.deepEqual(factorNames('b-public'), ['severity', 'public-exposure', 'sensitive-data']);
  assert.match(score('b-public').factors[2]!.detail, /customer/);
  assert.deepEqual(factorNames('lb'), ['severity', 'public-exposure']);
  assert.deepEqual(factorNames('db'), ['severity']);
  assert.deepEqual(factorNames('not-in-inventory'), ['severity']);
});

test('a vulnerability finding is scored with the context of the resource it names', () => {
  assert.deepEqual(factorNames('CVE-2024-6387'), ['severity', 'public-exposure', 'exploitable-vulnerability']);
});

test('an unknown finding loses half of what the failure would score, and says so', () => {
  const r = score('i-public', 'unknown');
  assert.equal(r.score, 45);
  assert.deepEqual(r.factors.at(-1), { factor: 'unknown-status', points: -45, detail: 'the check could not decide: half the points of a failure' });
  assert.equal(r.factors.reduce((n, f) => n + f.points, 0), r.score);
});

test('extra factors (the graph later) join through the factor list; context is computed once per resource', () => {
  let calls = 0;
  const onPath: ContextFactor = (r) => (calls++, r.uid === 'i-public' ? { factor: 'attack-path', weight: 20, detail: 'internet → i-public' } : undefined);
  const out = scoreFindings([finding('i-public', 'fail', 'low'), { ...finding('i-public', 'fail', 'low'), fingerprint: 'other' }], ctx, [...DEFAULT_FACTORS, onPath]);
  assert.equal(calls, 1);
  assert.deepEqual(out[0]!.risk!.factors.map((f) => f.factor), ['severity', 'public-exposure', 'exploitable-vulnerability', 'attack-path']);
  assert.equal(out[0]!.risk!.score, 15 + 6 + 6 + 3);
});

test('an instance or a function running as an administrator role is a privileged identity; a profile only named like the role is not', () => {
  const profile = 'arn:aws:iam::111122223333:instance-profile/ops';
  const role = (name: string, attached: string[], profiles: string[]) =>
    res(`arn:aws:iam::111122223333:role/${name}`, 'aws.iam.role', { roleName: explicit(name), attachedPolicies: explicit(attached), inlinePolicies: explicit([]), instanceProfiles: explicit(profiles) }, {}, name);
  const inv = new Inventory([
    role('worker', ['arn:aws:iam::aws:policy/AdministratorAccess'], [profile]),
    role('ops', ['arn:aws:iam::aws:policy/AdministratorAccess'], []),
    role('reader', ['arn:aws:iam::aws:policy/ReadOnlyAccess'], ['arn:aws:iam::111122223333:instance-profile/reader']),
    res('i-admin', 'aws.ec2.instance', { hasPublicIp: explicit(false), securityGroups: explicit([]), iamInstanceProfile: explicit(profile) }),
    res('i-reader', 'aws.ec2.instance', { hasPublicIp: explicit(false), securityGroups: explicit([]), iamInstanceProfile: explicit('arn:aws:iam::111122223333:instance-profile/reader') }),
    res('fn', 'aws.lambda.function', { role: explicit('arn:aws:iam::111122223333:role/ops') }),
  ]);
  const c = inv.context(new Date('2026-11-28T00:00:00Z'));
  const factors = (uid: string) => scoreFindings([finding(uid, 'fail')], c)[0]!.risk!.factors;
  assert.deepEqual(factors('i-admin').map((f) => f.factor), ['severity', 'privileged-identity']);
  assert.equal(factors('i-admin')[1]!.detail, 'runs as worker: AdministratorAccess attached', 'the role that lists the profile, not the role named like it');
  assert.deepEqual(factors('i-reader').map((f) => f.factor), ['severity']);
  assert.deepEqual(factors('fn').map((f) => f.factor), ['severity', 'privileged-identity']);
});
