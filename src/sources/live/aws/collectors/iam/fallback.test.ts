import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource, Value } from '../../../../../model/core/index.js';
import type { IamManagedPolicy, IamRole, IamRootAccount, IamUser } from '../../../../../model/aws/iam.js';
import { startSimcloud, type RunningSimcloud } from '../../../../../simcloud/testing.js';
import { runCollectorForTest } from '../../testing.js';
import collector from '../iam.js';
import { A, BULK_DENIED_KEY, FILLERS, ago, iamWorld } from '../../../../../simcloud/services/iam/test-world.js';

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

// Its own file: the per-entity path makes ~800 calls for the 110 users, too slow to share a file with the bulk tests.
describe('iam collector: per-entity fallback against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(iamWorld(NOW));
  });
  after(() => sim.close());

  it('falls back to per-entity reads when bulk reads and the report are denied', async () => {
    const f = await runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: { accessKeyId: BULK_DENIED_KEY, secretAccessKey: 'nobulk-secret' }, account: A, region: 'us-east-1', now: NOW, maxAttempts: 1 });
    // The denied bulk call is expected (a fallback exists) and is no gap; the report is.
    assert.ok(!f.gaps.some((g) => g.call === 'iam:GetAccountAuthorizationDetails'));
    assert.ok(f.gaps.some((g) => g.call === 'iam:GenerateCredentialReport'));
    assert.equal(ofType(f.resources, 'aws.iam.user').length, 5 + FILLERS);
    assert.equal(f.calls.filter((c) => c === 'iam:ListUsers').length, 2, 'ListUsers follows its Marker');
    const alice = byUid<IamUser>(f.resources, `arn:aws:iam::${A}:user/alice`);
    assert.deepEqual(alice.origin, { kind: 'live', call: 'iam:ListUsers' });
    assert.equal(known(alice.properties.hasConsolePassword), true);
    assert.deepEqual(alice.properties.hasConsolePassword.source, { kind: 'api', call: 'iam:GetLoginProfile', region: 'us-east-1', account: A });
    assert.equal(known(alice.properties.passwordLastUsed), ago(NOW, 1));
    assert.equal(known(alice.properties.passwordCreatedAt!), ago(NOW, 400));
    assert.equal(known(alice.properties.createdAt!), ago(NOW, 400));
    assert.deepEqual(known(alice.properties.groups), [`arn:aws:iam::${A}:group/admins`]);
    const carol = byUid<IamUser>(f.resources, `arn:aws:iam::${A}:user/carol`);
    assert.equal(known(carol.properties.hasConsolePassword), false);
    const erin = byUid<IamUser>(f.resources, `arn:aws:iam::${A}:user/erin`);
    assert.deepEqual(known(known(erin.properties.inlinePolicies)[0]!.document).Statement[0], { Effect: 'Allow', Action: '*', Resource: '*' });
    const gha = byUid<IamRole>(f.resources, `arn:aws:iam::${A}:role/gha`);
    assert.equal(known(known(gha.properties.inlinePolicies)[0]!.name), 'deploy');
    const guarded = byUid<IamRole>(f.resources, `arn:aws:iam::${A}:role/partner-guarded`);
    assert.equal(known(guarded.properties.permissionsBoundary), `arn:aws:iam::${A}:policy/boundary`);
    const app = byUid<IamManagedPolicy>(f.resources, `arn:aws:iam::${A}:policy/app`);
    assert.deepEqual(known(app.properties.document).Statement[0]!.Action, ['s3:GetObject', 's3:PutObject']);
    assert.equal(ofType(f.resources, 'aws.iam.policy').length, 3 + FILLERS + 2);
    // Root facts come from the account summary even without the report; its password use does not.
    const root = byUid<IamRootAccount>(f.resources, `arn:aws:iam::${A}:root`);
    assert.equal(known(root.properties.mfaEnabled), true);
    assert.equal(root.properties.passwordLastUsed.kind, 'unresolvable');
  });
});
