import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KMSClient, EnableKeyRotationCommand } from '@aws-sdk/client-kms';
import type { KmsKey } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './kms.js';
import { ACCOUNT, known, named, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const R = 'eu-west-1';
const P = 'us-east-1';
const key = (id: string, extra: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) => ({ KeyMetadata: { KeyId: id, ...meta }, ...extra });
const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] });

describe('kms collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    // Planted keys in R; in P the same plus 100 signing keys (no rotation call: keeps the test fast), so
    // ListKeys (100 a page) and ListAliases need two pages.
    const filler = Array.from({ length: 100 }, (_, i) => key(`f${String(i).padStart(3, '0')}`, {}, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }));
    const planted = () => [
      key('k-norotate'),
      key('k-rotating', { KeyRotationEnabled: true, Tags: [{ TagKey: 'team', TagValue: 'data' }] }),
      key('k-aws', {}, { KeyManager: 'AWS' }),
      key('k-rsa', {}, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
      key('k-deleting', { Policy: publicPolicy }, { KeyState: 'PendingDeletion', Enabled: false, DeletionDate: '2026-12-01T00:00:00Z' }),
    ];
    const aliases = [{ AliasName: 'alias/aws/s3', TargetKeyId: 'k-aws' }, { AliasName: 'alias/app-0', TargetKeyId: 'k-rotating' }];
    sim = await startSimcloud(
      worldOf(
        {
          [R]: { kms: { Keys: planted(), Aliases: aliases } },
          [P]: { kms: { Keys: [...planted(), ...filler], Aliases: [...aliases, ...Array.from({ length: 119 }, (_, i) => ({ AliasName: `alias/app-${i + 1}`, TargetKeyId: `f${String(i % 100).padStart(3, '0')}` }))] } },
        },
        ['kms:GetKeyPolicy'],
      ),
    );
  });
  after(() => sim.close());

  it('emits every key with spec, manager, rotation, state and parsed policy', async () => {
    const { resources, gaps } = await run(sim, collector, R);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 5);
    const k = named<KmsKey>(resources, 'k-norotate');
    assert.equal(k.uid, `arn:aws:kms:${R}:${ACCOUNT}:key/k-norotate`);
    assert.equal(k.account, ACCOUNT);
    assert.equal(k.region, R);
    assert.deepEqual(k.origin, { kind: 'live', call: 'kms:ListKeys' });
    assert.equal(known(k.properties.rotationEnabled), false);
    assert.deepEqual(k.properties.rotationEnabled.source, { kind: 'api', call: 'kms:GetKeyRotationStatus', region: R, account: ACCOUNT });
    assert.equal(known(k.properties.keyManager), 'CUSTOMER');
    assert.equal(known(k.properties.keySpec), 'SYMMETRIC_DEFAULT');
    assert.equal(known(k.properties.policy)?.Statement[0]?.Action, 'kms:*');
    const rot = named<KmsKey>(resources, 'alias/app-0');
    assert.equal(known(rot.properties.rotationEnabled), true);
    assert.deepEqual(known(rot.tags), { team: 'data' });
    const aws = named<KmsKey>(resources, 'alias/aws/s3');
    assert.equal(known(aws.properties.keyManager), 'AWS');
    assert.equal(known(aws.properties.rotationEnabled), true);
    const rsa = named<KmsKey>(resources, 'k-rsa');
    assert.equal(known(rsa.properties.keySpec), 'RSA_2048');
    assert.equal(known(rsa.properties.rotationEnabled), false);
    const del = named<KmsKey>(resources, 'k-deleting');
    assert.equal(known(del.properties.pendingDeletion), true);
    assert.equal(known(del.properties.enabled), false);
    assert.equal(known(del.properties.policy)?.Statement[0]?.Principal, '*');
  });

  it('follows ListKeys and ListAliases pages to the end', async () => {
    const { calls, resources, gaps } = await run(sim, collector, P);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 105);
    assert.equal(new Set(resources.map((r) => r.uid)).size, 105);
    // 105 keys and 121 aliases at 100 per page → two pages each (alias/app-100, f099's only name, is on page 2).
    assert.equal(calls.filter((c) => c === 'kms:ListKeys').length, 2);
    assert.equal(calls.filter((c) => c === 'kms:ListAliases').length, 2);
    assert.equal(named<KmsKey>(resources, 'alias/app-100').properties.keySpec.value, 'ECC_NIST_P256');
  });

  it('leaves the policy unknown with a gap when GetKeyPolicy is denied', async () => {
    const { resources, gaps } = await run(sim, collector, R, true);
    assert.equal(resources.length, 5);
    const k = named<KmsKey>(resources, 'k-norotate');
    assert.equal(k.properties.policy.kind, 'unresolvable');
    assert.match(k.properties.policy.reason ?? '', /kms:GetKeyPolicy failed: AccessDenied/);
    assert.equal(known(k.properties.rotationEnabled), false);
    assert.equal(gaps.length, 5);
    assert.ok(gaps.every((g) => g.call === 'kms:GetKeyPolicy' && g.reason === 'AccessDenied' && g.region === R));
  });

  it('EnableKeyRotation changes the world and the next scan sees it', async () => {
    const kms = new KMSClient({ region: R, endpoint: sim.endpoint, credentials: sim.credentials });
    await kms.send(new EnableKeyRotationCommand({ KeyId: 'k-norotate' }));
    await assert.rejects(kms.send(new EnableKeyRotationCommand({ KeyId: 'k-rsa' })), (e: Error) => e.name === 'UnsupportedOperationException');
    await assert.rejects(kms.send(new EnableKeyRotationCommand({ KeyId: 'k-missing' })), (e: Error) => e.name === 'NotFoundException');
    kms.destroy();
    const { resources } = await run(sim, collector, R);
    assert.equal(known(named<KmsKey>(resources, 'k-norotate').properties.rotationEnabled), true);
  });

  it('a region without keys emits nothing and records no gap', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1');
    assert.deepEqual(resources, []);
    assert.deepEqual(gaps, []);
  });
});
