/* The generator itself; its end-to-end scan through the real collectors is in src/integration/live-resilience.test.ts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWorld } from './load.js';
import { resolveWorldSpec } from './resolve.js';
import { SCALE_MANAGEMENT, SCALE_MIX, scaleMix, scaleWorld } from './scale.js';
import { validateWorld } from './schema.js';

/** Generated resources in a world: the list entries the generator fills, per account. */
function generated(world: ReturnType<typeof scaleWorld>): number[] {
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  return world.accounts.map((a) => {
    const iam = a.services?.['iam'] as Record<string, unknown>;
    const s3 = a.services?.['s3'] as Record<string, unknown>;
    let n = len(iam['Roles']) + len(iam['Users']) + len(iam['Policies']) + len(s3['Buckets']);
    if (a.id !== SCALE_MANAGEMENT) n--; // the organization's access role is scaffolding, not part of the mix
    for (const r of Object.values(a.regions ?? {})) {
      const s = r as Record<string, Record<string, unknown>>;
      // Two security groups per region (default + base) are the network scaffolding.
      n += len(s['ec2']!['Instances']) + len(s['ec2']!['Volumes']) + len(s['ec2']!['Snapshots']) + len(s['ec2']!['SecurityGroups']) - 2;
      n += len(s['rds']!['DBInstances']) + len(s['lambda']!['Functions']) + len(s['kms']!['Keys']) + len(s['logs']!['logGroups']);
    }
    return n;
  });
}

test('the mix sums to one and the counts to the requested size', () => {
  assert.ok(Math.abs(Object.values(SCALE_MIX).reduce((a, b) => a + b, 0) - 1) < 1e-9);
  for (const m of [0, 1, 7, 100, 1000, 1234]) assert.equal(Object.values(scaleMix(m)).reduce((a, b) => a + b, 0), m);
});

test('deterministic for a seed, different across seeds', () => {
  const a = JSON.stringify(scaleWorld({ accounts: 5, resources: 200, seed: 42 }));
  assert.equal(JSON.stringify(scaleWorld({ accounts: 5, resources: 200, seed: 42 })), a);
  assert.notEqual(JSON.stringify(scaleWorld({ accounts: 5, resources: 200, seed: 43 })), a);
});

test('100 accounts × 1,000 resources: right shape, valid, and quick to build', () => {
  const t = performance.now();
  const world = scaleWorld({ accounts: 100, resources: 1000 });
  const ms = performance.now() - t;
  assert.ok(ms < 3000, `generation took ${ms.toFixed(0)} ms`);
  assert.equal(world.accounts.length, 100);
  assert.equal(new Set(world.accounts.map((a) => a.id)).size, 100);
  assert.equal(world.organization?.managementAccountId, SCALE_MANAGEMENT);
  assert.deepEqual(generated(world), world.accounts.map(() => 1000));
  assert.deepEqual(validateWorld(world), []);
  const state = buildWorld(world);
  assert.equal(state.accounts.size, 100);
  assert.deepEqual([...state.accounts.get('100000000042')!.enabledRegions].sort(), ['eu-west-1', 'us-east-1']);
});

test('invalid sizes are rejected', () => {
  assert.throws(() => scaleWorld({ accounts: 0 }), RangeError);
  assert.throws(() => scaleWorld({ accounts: 2, resources: 1.5 }), RangeError);
});

test('--world scale:accounts=N,resources=M resolves to the generator', async () => {
  const world = await resolveWorldSpec('scale:accounts=3,resources=40');
  assert.equal(world.accounts.length, 3);
  assert.deepEqual(generated(world as ReturnType<typeof scaleWorld>), [40, 40, 40]);
  await assert.rejects(resolveWorldSpec('scale:accounts=3,bogus=1'), /unknown scale parameter/);
});
