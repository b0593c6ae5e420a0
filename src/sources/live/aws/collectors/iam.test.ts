import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource, Value } from '../../../../model/core/index.js';
import type { IamGroup, IamManagedPolicy, IamPasswordPolicy, IamRole, IamRootAccount, IamServerCertificate, IamUser } from '../../../../model/aws/iam.js';
import { startSimcloud, type RunningSimcloud } from '../../../../simcloud/testing.js';
import { defaultCredentialFor } from '../../../../simcloud/world/load.js';
import { runCollectorForTest, type CollectorTestResult } from '../testing.js';
import collector from './iam.js';
import { A, B, C, DENIED_KEY, FILLERS, ago, iamWorld } from '../../../../simcloud/services/iam/test-world.js';

const NOW = new Date('2026-06-01T12:00:00Z');

function known<T>(v: Value<T>): T {
  if (v.kind === 'unresolvable') throw new Error(`value is unresolvable: ${v.reason ?? ''}`);
  return v.value as T;
}
function byUid<R extends Resource>(rs: readonly Resource[], uid: string): R {
  const r = rs.find((x) => x.uid === uid);
  if (!r) throw new Error(`no resource ${uid}`);
  return r as R;
}
const ofType = (rs: readonly Resource[], t: string) => rs.filter((r) => r.type === t);

describe('iam collector against simcloud', () => {
  let sim: RunningSimcloud;
  let a: CollectorTestResult;
  const run = (account: string, keys?: { accessKeyId: string; secretAccessKey: string }) => {
    const c = keys ?? defaultCredentialFor(account);
    return runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey }, account, region: 'us-east-1', now: NOW, maxAttempts: 1 });
  };
  before(async () => {
    sim = await startSimcloud(iamWorld(NOW));
    a = await run(A);
  });
  after(() => sim.close());

  it('reads the directory in bulk across pages and emits every entity', () => {
    assert.deepEqual(a.gaps, []);
    assert.equal(ofType(a.resources, 'aws.iam.user').length, 5 + FILLERS);
    assert.equal(ofType(a.resources, 'aws.iam.group').length, 2);
    assert.equal(ofType(a.resources, 'aws.iam.role').length, 5);
    // customer policies + the two attached AWS-managed ones (AdministratorAccess, ReadOnlyAccess); PowerUserAccess is not attached
    const policies = ofType(a.resources, 'aws.iam.policy');
    assert.equal(policies.length, 3 + FILLERS + 2);
    assert.ok(!policies.some((p) => p.uid.includes('/PowerUserAccess')));
    const gaadPages = a.calls.filter((c) => c === 'iam:GetAccountAuthorizationDetails').length;
    assert.ok(gaadPages >= 3, `expected several GAAD pages, got ${gaadPages}`);
    assert.ok(!a.calls.includes('iam:ListUserPolicies'), 'no per-entity reads when the bulk call works');
  });

  it('fills users with policies, groups, keys, MFA and console password facts', () => {
    const alice = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/alice`);
    assert.deepEqual(alice.origin, { kind: 'live', call: 'iam:GetAccountAuthorizationDetails' });
    assert.equal(alice.account, A);
    assert.deepEqual(known(alice.properties.attachedPolicies), ['arn:aws:iam::aws:policy/AdministratorAccess']);
    assert.deepEqual(known(alice.properties.groups), [`arn:aws:iam::${A}:group/admins`]);
    assert.deepEqual(known(alice.tags), { team: 'platform' });
    assert.equal(known(alice.properties.hasConsolePassword), true);
    assert.deepEqual(alice.properties.hasConsolePassword.source, { kind: 'api', call: 'iam:GetCredentialReport', region: 'us-east-1', account: A });
    assert.equal(known(alice.properties.passwordLastUsed), ago(NOW, 1).replace(/\.\d{3}Z$/, '.000Z'));
    assert.equal(known(alice.properties.mfaDevices), 1);
    assert.equal(known(alice.properties.passwordCreatedAt!), ago(NOW, 400));
    assert.equal(known(alice.properties.createdAt!), ago(NOW, 400));
    const [key] = known(alice.properties.accessKeys);
    assert.equal(known(key!.id), 'AKIAALICE00000000001');
    assert.equal(known(key!.status), 'Active');
    assert.equal(known(key!.createdAt), ago(NOW, 200));
    assert.equal(known(key!.lastUsedAt), ago(NOW, 2));
    assert.equal(key!.lastUsedAt.source.kind === 'api' && key!.lastUsedAt.source.call, 'iam:GetAccessKeyLastUsed');

    const bob = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/bob`);
    assert.equal(known(bob.properties.mfaDevices), 0);
    assert.equal(known(bob.properties.permissionsBoundary), `arn:aws:iam::${A}:policy/boundary`);
    const carol = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/carol`);
    assert.equal(known(carol.properties.hasConsolePassword), false);
    assert.equal(known(carol.properties.passwordLastUsed), null);
    assert.equal(known(carol.properties.passwordCreatedAt!), null);
    assert.equal(known(carol.properties.mfaDevices), 1);
    const dave = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/dave`);
    const keys = known(dave.properties.accessKeys);
    assert.deepEqual(keys.map((k) => known(k.status)), ['Active', 'Active', 'Inactive']);
    assert.equal(known(keys[0]!.lastUsedAt), null);
    const erin = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/erin`);
    const [inline] = known(erin.properties.inlinePolicies);
    assert.equal(known(inline!.name), 'god-mode');
    assert.deepEqual(known(inline!.document).Statement[0], { Effect: 'Allow', Action: '*', Resource: '*' });
    const svc = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/svc/svc-104`);
    assert.equal(known(svc.properties.path), '/svc/');
  });

  it('fills groups, roles and managed policies (default version document)', () => {
    const admins = byUid<IamGroup>(a.resources, `arn:aws:iam::${A}:group/admins`);
    assert.equal(known(known(admins.properties.inlinePolicies)[0]!.name), 'everything');
    const open = byUid<IamRole>(a.resources, `arn:aws:iam::${A}:role/open-role`);
    assert.deepEqual(known(open.properties.trustPolicy).Statement[0]!.Principal, { AWS: '*' });
    assert.equal(known(open.properties.maxSessionDurationSeconds), 7200);
    assert.equal(known(open.properties.lastUsed), ago(NOW, 5));
    assert.equal(known(open.properties.permissionsBoundary), null);
    const web = byUid<IamRole>(a.resources, `arn:aws:iam::${A}:role/app/web`);
    assert.equal(known(web.properties.path), '/app/');
    assert.equal(known(web.properties.lastUsed), ago(NOW, 2));
    assert.deepEqual(known(web.properties.servicesLastAccessed!), [{ namespace: 'kms', lastAuthenticated: null }, { namespace: 's3', lastAuthenticated: ago(NOW, 2) }]);
    assert.equal(web.properties.servicesLastAccessed!.source.kind === 'api' && web.properties.servicesLastAccessed!.source.call, 'iam:GetServiceLastAccessedDetails');
    const erin = byUid<IamUser>(a.resources, `arn:aws:iam::${A}:user/erin`);
    // erin's inline policy is Action "*": no service is named, so the report lists none.
    assert.deepEqual(known(erin.properties.servicesLastAccessed!), []);
    const cert = byUid<IamServerCertificate>(a.resources, `arn:aws:iam::${A}:server-certificate/legacy-tls`);
    assert.deepEqual([known(cert.properties.certificateName), known(cert.properties.expiration), known(cert.properties.uploadDate)], ['legacy-tls', ago(NOW, 35), ago(NOW, 800)]);
    const app = byUid<IamManagedPolicy>(a.resources, `arn:aws:iam::${A}:policy/app`);
    assert.deepEqual(known(app.properties.document).Statement[0]!.Action, ['s3:GetObject', 's3:PutObject']);
    assert.equal(known(app.properties.attachmentCount), 1);
    assert.equal(known(app.properties.awsManaged), false);
    const adminPolicy = byUid<IamManagedPolicy>(a.resources, `arn:aws:iam::aws:policy/AdministratorAccess#${A}`);
    assert.equal(known(adminPolicy.properties.arn), 'arn:aws:iam::aws:policy/AdministratorAccess');
    assert.equal(known(adminPolicy.properties.awsManaged), true);
    assert.equal(known(adminPolicy.properties.attachmentCount), 2);
  });

  it('emits the password policy and the root user once per account', async () => {
    const pp = ofType(a.resources, 'aws.iam.password-policy') as IamPasswordPolicy[];
    assert.equal(pp.length, 1);
    assert.equal(pp[0]!.properties.minimumLength.kind, 'explicit');
    assert.equal(known(pp[0]!.properties.minimumLength), 14);
    assert.equal(known(pp[0]!.properties.maxPasswordAge), 90);
    assert.equal(known(pp[0]!.properties.passwordReusePrevention), 24);
    const root = byUid<IamRootAccount>(a.resources, `arn:aws:iam::${A}:root`);
    assert.equal(known(root.properties.mfaEnabled), true);
    assert.equal(known(root.properties.hardwareMfa), true);
    assert.equal(known(root.properties.accessKeysPresent), false);
    assert.equal(known(root.properties.passwordLastUsed), ago(NOW, 200));

    const b = await run(B);
    assert.deepEqual(b.gaps, []);
    const none = ofType(b.resources, 'aws.iam.password-policy')[0] as IamPasswordPolicy;
    assert.equal(none.properties.minimumLength.kind, 'default');
    assert.equal(none.properties.minimumLength.value, 8);
    assert.match(none.properties.minimumLength.reason ?? '', /no password policy/);
    assert.equal(none.properties.maxPasswordAge.value, 0);
    const rootB = byUid<IamRootAccount>(b.resources, `arn:aws:iam::${B}:root`);
    assert.equal(known(rootB.properties.mfaEnabled), false);
    assert.equal(known(rootB.properties.hardwareMfa), false);
    assert.equal(known(rootB.properties.accessKeysPresent), true);
    assert.equal(known(rootB.properties.passwordLastUsed), null);
    const old = byUid<IamUser>(b.resources, `arn:aws:iam::${B}:user/old`);
    assert.equal(known(old.properties.hasConsolePassword), true);
    assert.equal(known(old.properties.passwordLastUsed), null);
    assert.equal(known(old.properties.passwordCreatedAt!), ago(NOW, 900), 'a password never used still has an age');

    const c = await run(C);
    const rootC = byUid<IamRootAccount>(c.resources, `arn:aws:iam::${C}:root`);
    assert.equal(known(rootC.properties.mfaEnabled), true);
    assert.equal(known(rootC.properties.hardwareMfa), false);
    assert.equal(ofType(c.resources, 'aws.iam.user').length, 1);
  });

  it('AccessDenied on the password policy and key last use: unknown values and gaps, the rest known', async () => {
    const d = await run(C, { accessKeyId: DENIED_KEY, secretAccessKey: 'denied-secret' });
    const pp = ofType(d.resources, 'aws.iam.password-policy')[0] as IamPasswordPolicy;
    assert.ok(pp, 'the password policy is still emitted');
    for (const v of Object.values(pp.properties)) assert.equal(v.kind, 'unresolvable');
    assert.match(pp.properties.minimumLength.reason ?? '', /AccessDenied/);
    assert.ok(d.gaps.some((g) => g.call === 'iam:GetAccountPasswordPolicy' && g.reason === 'AccessDenied' && g.region === 'global'));
    const ci = byUid<IamUser>(d.resources, `arn:aws:iam::${C}:user/ci`);
    const [key] = known(ci.properties.accessKeys);
    assert.equal(key!.lastUsedAt.kind, 'unresolvable');
    assert.equal(known(key!.createdAt), ago(NOW, 200));
    assert.ok(d.gaps.some((g) => g.call === 'iam:GetAccessKeyLastUsed' && g.resourceId === ci.uid));
    assert.equal(d.gaps.length, 2);
  });
});
