import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { EC2Client, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { FaultInjector, prng } from './faults.js';
import { startSimcloud } from './testing.js';
import { TEST_SERVICES } from './protocols/test-services.js';
import stsService from './services/sts.js';

type Err = Error & { $metadata: { httpStatusCode?: number }; $fault?: string; $retryable?: unknown };
const fast = (attempts: number) => new ConfiguredRetryStrategy(attempts, 5);

describe('fault injection', () => {
  it('is deterministic for a seed and validates rates', () => {
    const a = prng(42);
    const b = prng(42);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
    assert.throws(() => new FaultInjector({ throttleRate: 1.5 }), RangeError);
    const f = new FaultInjector({ throttleRate: 0.3, errorRate: 0.1, seed: 7 });
    for (let i = 0; i < 2000; i++) f.pick('awsQuery');
    assert.ok(f.stats.throttled > 500 && f.stats.throttled < 700, `throttled ${f.stats.throttled}`);
    assert.ok(f.stats.errors > 120 && f.stats.errors < 280, `errors ${f.stats.errors}`);
  });

  it('throttling is retried by the SDK until it succeeds', async () => {
    const sim = await startSimcloud({ accounts: [{ id: '111111111111' }] }, { faults: { throttleRate: 0.5, seed: 3 } });
    try {
      const sts = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, retryStrategy: fast(12) });
      let retried = 0;
      for (let i = 0; i < 15; i++) {
        const r = await sts.send(new GetCallerIdentityCommand({}));
        assert.equal(r.Account, '111111111111');
        if ((r.$metadata.attempts ?? 1) > 1) retried++;
      }
      assert.ok(retried > 0);
      assert.ok(sim.faults.stats.throttled > 0);
    } finally {
      await sim.close();
    }
  });

  it('answers each protocol its throttling code', async () => {
    const sim = await startSimcloud({ accounts: [{ id: '111111111111' }] }, { services: [...TEST_SERVICES, stsService], faults: { throttleRate: 1 } });
    try {
      const cfg = { endpoint: sim.endpoint, region: 'eu-west-1', credentials: sim.credentials, maxAttempts: 1 };
      const cases: [string, number, () => Promise<unknown>][] = [
        ['Throttling', 400, () => new IAMClient(cfg).send(new ListUsersCommand({}))],
        ['RequestLimitExceeded', 503, () => new EC2Client(cfg).send(new DescribeVpcsCommand({}))],
        ['SlowDown', 503, () => new S3Client({ ...cfg, forcePathStyle: true }).send(new ListBucketsCommand({}))],
        ['ThrottlingException', 400, () => new KMSClient(cfg).send(new ListKeysCommand({}))],
        ['ThrottlingException', 429, () => new LambdaClient(cfg).send(new ListFunctionsCommand({}))],
      ];
      for (const [code, status, call] of cases) {
        await assert.rejects(call(), (e: Err) => {
          assert.equal(e.name, code);
          assert.equal(e.$metadata.httpStatusCode, status);
          return true;
        });
      }
    } finally {
      await sim.close();
    }
  });

  it('server errors are 500/503 and retried as transient', async () => {
    const sim = await startSimcloud({ accounts: [{ id: '111111111111' }] }, { faults: { errorRate: 1 } });
    try {
      const sts = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, retryStrategy: fast(3) });
      await assert.rejects(sts.send(new GetCallerIdentityCommand({})), (e: Err) => {
        assert.ok(['InternalError', 'ServiceUnavailable'].includes(e.name), e.name);
        assert.ok([500, 503].includes(e.$metadata.httpStatusCode!));
        assert.equal(e.$fault, 'server');
        return true;
      });
      assert.equal(sim.faults.stats.errors, 3);
    } finally {
      await sim.close();
    }
  });

  it('AccessDenied from the denied list and disabled regions, per protocol', async () => {
    const world = {
      accounts: [{ id: '111111111111', enabledRegions: ['eu-west-1'] }],
      credentials: [{ accessKeyId: 'AKIALIMITEDUSER00001', secretAccessKey: 's', accountId: '111111111111', principal: 'user/limited', denied: ['kms', 'ec2:DescribeVpcs', 'lambda:ListFunctions', 's3'] }],
    };
    const sim = await startSimcloud(world, { services: TEST_SERVICES });
    try {
      const limited = { endpoint: sim.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'AKIALIMITEDUSER00001', secretAccessKey: 's' }, maxAttempts: 1 };
      await assert.rejects(new KMSClient(limited).send(new ListKeysCommand({})), (e: Err) => e.name === 'AccessDeniedException' && e.$metadata.httpStatusCode === 400);
      await assert.rejects(new EC2Client(limited).send(new DescribeVpcsCommand({})), (e: Err) => e.name === 'UnauthorizedOperation' && e.$metadata.httpStatusCode === 403);
      await assert.rejects(new LambdaClient(limited).send(new ListFunctionsCommand({})), (e: Err) => e.name === 'AccessDeniedException' && e.$metadata.httpStatusCode === 403);
      await assert.rejects(new S3Client({ ...limited, forcePathStyle: true }).send(new ListBucketsCommand({})), (e: Err) => e.name === 'AccessDenied');
      assert.ok(await new IAMClient(limited).send(new ListUsersCommand({})));
      const optIn = { endpoint: sim.endpoint, region: 'af-south-1', credentials: sim.credentials, maxAttempts: 1 };
      await assert.rejects(new KMSClient(optIn).send(new ListKeysCommand({})), (e: Err) => e.name === 'UnrecognizedClientException' && /not enabled/.test(e.message));
      await assert.rejects(new EC2Client(optIn).send(new DescribeVpcsCommand({})), (e: Err) => e.name === 'AuthFailure');
      await assert.rejects(new LambdaClient({ ...optIn, region: 'eu-west-2' }).send(new ListFunctionsCommand({})), (e: Err) => e.name === 'UnrecognizedClientException');
      // Global services answer from any region.
      assert.ok(await new IAMClient(optIn).send(new ListUsersCommand({})));
    } finally {
      await sim.close();
    }
  });
});

describe('denied lists', () => {
  it('match services, actions, wildcards and IAM prefixes that differ from the signing name', async () => {
    const { isDenied } = await import('./server.js');
    assert.equal(isDenied(['s3'], 's3', 'GetBucketPolicy'), true);
    assert.equal(isDenied(['s3:GetBucketPolicy'], 's3', 'GetBucketPolicy'), true);
    assert.equal(isDenied(['s3:GetBucketPolicy'], 's3', 'GetBucketPolicyStatus'), false);
    assert.equal(isDenied(['s3:GetBucket*'], 's3', 'GetBucketAcl'), true);
    assert.equal(isDenied(['cloudwatch:DescribeAlarms'], 'monitoring', 'DescribeAlarms'), true);
    assert.equal(isDenied(['ec2'], 's3', 'ListBuckets'), false);
  });
});
