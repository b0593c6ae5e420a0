import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startSimcloud, type RunningSimcloud } from '../../../simcloud/testing.js';
import type { WorldInput } from '../../../simcloud/world/schema.js';
import { defineCollector, type CallResult } from './collector.js';
import { runCollectorForTest } from './testing.js';
import sts from './collectors/sts.js';

const ACCOUNT = '111111111111';
const world: WorldInput = {
  accounts: [
    {
      id: ACCOUNT,
      services: {
        iam: { Users: ['alice', 'bob', 'carol', 'dave', 'erin'].map((UserName) => ({ UserName })) },
        s3: { Buckets: [{ Name: 'no-policy-bucket', Region: 'us-east-1' }] },
      },
    },
  ],
  credentials: [{ accessKeyId: 'AKIADENIED0000000001', secretAccessKey: 'denied-secret', accountId: ACCOUNT, principal: 'user/auditor', denied: ['sts:GetCallerIdentity', 'iam'] }],
};

let sim: RunningSimcloud;
before(async () => {
  sim = await startSimcloud(world);
});
after(async () => {
  await sim.close();
});

const opts = () => ({ endpoint: sim.endpoint, credentials: sim.credentials, account: ACCOUNT, region: 'us-east-1' });
const denied = () => ({ ...opts(), credentials: { accessKeyId: 'AKIADENIED0000000001', secretAccessKey: 'denied-secret' } });

test('the sts collector emits the caller identity with api provenance', async () => {
  const r = await runCollectorForTest(sts, opts());
  assert.deepEqual(r.gaps, []);
  assert.deepEqual(r.calls, ['sts:GetCallerIdentity']);
  assert.equal(r.resources.length, 1);
  const id = r.resources[0]!;
  assert.equal(id.type, 'aws.sts.caller-identity');
  assert.equal(id.account, ACCOUNT);
  assert.equal(id.uid, `arn:aws:iam::${ACCOUNT}:user/simcloud-admin`);
  assert.deepEqual(id.origin, { kind: 'live', call: 'sts:GetCallerIdentity' });
  const props = id.properties as { accountId: { kind: string; value: string; source: unknown } };
  assert.equal(props.accountId.value, ACCOUNT);
  assert.deepEqual(props.accountId.source, { kind: 'api', call: 'sts:GetCallerIdentity', region: 'us-east-1', account: ACCOUNT });
});

test('AccessDenied becomes a gap and a failed CallResult, never a value', async () => {
  const r = await runCollectorForTest(sts, denied());
  assert.equal(r.resources.length, 0);
  assert.equal(r.gaps.length, 1);
  const g = r.gaps[0]!;
  assert.equal(g.reason, 'AccessDenied');
  assert.equal(g.call, 'sts:GetCallerIdentity');
  assert.equal(g.service, 'sts');
  assert.equal(g.region, 'global');
  assert.match(g.message, /not authorized/);
  assert.equal(r.counters.errors, 1);
});

test('paginate follows tokens to the end (IAM ListUsers, two per page)', async () => {
  let result: CallResult<string[]> | undefined;
  const c = defineCollector({
    id: 'iam-test',
    scope: 'global',
    apiCalls: ['iam:ListUsers'],
    permissions: ['iam:ListUsers'],
    emits: [],
    async collect(ctx) {
      const iam = ctx.client(IAMClient);
      const r = await ctx.paginate('iam:ListUsers', async (token) => {
        const page = await iam.send(new ListUsersCommand({ MaxItems: 2, Marker: token }));
        return { items: (page.Users ?? []).map((u) => u.UserName!), next: page.IsTruncated ? page.Marker : undefined };
      });
      result = r;
    },
  });
  const r = await runCollectorForTest(c, opts());
  assert.deepEqual(r.calls, ['iam:ListUsers', 'iam:ListUsers', 'iam:ListUsers']);
  assert.ok(result?.ok);
  assert.deepEqual([...result.value].sort(), ['alice', 'bob', 'carol', 'dave', 'erin']);
  // With IAM denied the first page fails and the whole listing is a gap.
  const d = await runCollectorForTest(c, denied());
  assert.equal(result.ok, false);
  assert.equal(d.gaps[0]?.reason, 'AccessDenied');
});

test('an expected "not found" code is an ok result with notFound, and no gap', async () => {
  let seen: CallResult<unknown> | undefined;
  const c = defineCollector({
    id: 's3-test',
    scope: 'global',
    apiCalls: ['s3:GetBucketPolicy'],
    permissions: ['s3:GetBucketPolicy'],
    emits: [],
    async collect(ctx) {
      const s3 = ctx.client(S3Client);
      seen = await ctx.call('s3:GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket: 'no-policy-bucket' })), { expected: ['NoSuchBucketPolicy'], resourceId: 'arn:aws:s3:::no-policy-bucket' });
    },
  });
  const r = await runCollectorForTest(c, opts());
  assert.deepEqual(r.gaps, []);
  assert.deepEqual(seen, { ok: true, value: undefined, notFound: 'NoSuchBucketPolicy' });
});

test('a disabled opt-in region is a RegionDisabled gap', async () => {
  const c = defineCollector({
    id: 'vpc-test',
    scope: 'regional',
    apiCalls: ['ec2:DescribeVpcs'],
    permissions: ['ec2:DescribeVpcs'],
    emits: [],
    async collect(ctx) {
      const ec2 = ctx.client(EC2Client);
      await ctx.call('ec2:DescribeVpcs', () => ec2.send(new DescribeVpcsCommand({})));
    },
  });
  const r = await runCollectorForTest(c, { ...opts(), region: 'af-south-1' });
  assert.equal(r.gaps.length, 1);
  assert.equal(r.gaps[0]!.reason, 'RegionDisabled');
  assert.equal(r.gaps[0]!.region, 'af-south-1');
  const ok = await runCollectorForTest(c, { ...opts(), region: 'eu-west-1' });
  assert.deepEqual(ok.gaps, []);
});

/** A collector making `n` calls, to see retries at work. */
const chatty = (n: number) =>
  defineCollector({
    id: 'sts-chatty',
    scope: 'global',
    apiCalls: ['sts:GetCallerIdentity'],
    permissions: ['sts:GetCallerIdentity'],
    emits: [],
    async collect(ctx) {
      const client = ctx.client(STSClient);
      for (let i = 0; i < n; i++) await ctx.call('sts:GetCallerIdentity', () => client.send(new GetCallerIdentityCommand({})));
    },
  });

test('throttling is absorbed by the adaptive retry and counted', async () => {
  const throttled = await startSimcloud(world, { faults: { throttleRate: 0.3, seed: 7 } });
  try {
    const r = await runCollectorForTest(chatty(6), { ...opts(), endpoint: throttled.endpoint, credentials: throttled.credentials, maxAttempts: 10 });
    assert.deepEqual(r.gaps, []);
    assert.equal(r.counters.calls, 6);
    assert.ok(r.counters.throttles > 0, 'some attempts were throttled');
    assert.equal(r.counters.throttles, throttled.faults.stats.throttled);
    assert.equal(r.counters.attempts, 6 + r.counters.throttles);
  } finally {
    await throttled.close();
  }
});

test('server errors that outlast the retries are ServerError gaps; throttling that does is Throttled', async () => {
  const broken = await startSimcloud(world, { faults: { errorRate: 1 } });
  const choked = await startSimcloud(world, { faults: { throttleRate: 1 } });
  try {
    const e = await runCollectorForTest(chatty(1), { ...opts(), endpoint: broken.endpoint, credentials: broken.credentials, maxAttempts: 2 });
    assert.equal(e.gaps[0]?.reason, 'ServerError');
    assert.equal(e.counters.attempts, 2);
    const t = await runCollectorForTest(chatty(1), { ...opts(), endpoint: choked.endpoint, credentials: choked.credentials, maxAttempts: 2 });
    assert.equal(t.gaps[0]?.reason, 'Throttled');
    assert.equal(t.counters.throttles, 2);
  } finally {
    await broken.close();
    await choked.close();
  }
});
