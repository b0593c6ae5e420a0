import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DeleteBucketPolicyCommand,
  DeletePublicAccessBlockCommand,
  GetBucketAclCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  ListBucketsCommand,
  PutBucketPolicyCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { DeletePublicAccessBlockCommand as DeleteAccountBlock, GetPublicAccessBlockCommand as GetAccountBlock, PutPublicAccessBlockCommand as PutAccountBlock, S3ControlClient } from '@aws-sdk/client-s3-control';
import { startSimcloud, type RunningSimcloud } from '../testing.js';
import { ACCOUNT, OTHER_ACCOUNT, s3World } from './s3/test-world.js';
import { s3Section } from './s3/world.js';

let sim: RunningSimcloud;
const clients: { destroy(): void }[] = [];
function s3(region: string, extra: object = {}): S3Client {
  const c = new S3Client({ region, endpoint: sim.endpoint, credentials: sim.credentials, maxAttempts: 1, ...extra });
  clients.push(c);
  return c;
}
/** S3 Control's endpoint rules prepend the account id to the host, which an IP endpoint cannot take; name the endpoint directly. */
function control(): S3ControlClient {
  const url = new URL(sim.endpoint);
  const c = new S3ControlClient({ region: 'us-east-1', endpointProvider: () => ({ url }), credentials: sim.credentials, maxAttempts: 1 });
  clients.push(c);
  return c;
}
async function errorOf(p: Promise<unknown>): Promise<{ name: string; status: number | undefined; region?: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { name: string; $metadata?: { httpStatusCode?: number }; $response?: { headers?: Record<string, string> } };
    return { name: err.name, status: err.$metadata?.httpStatusCode, ...(err.$response?.headers?.['x-amz-bucket-region'] ? { region: err.$response.headers['x-amz-bucket-region'] } : {}) };
  }
  assert.fail('expected an error');
}

before(async () => {
  sim = await startSimcloud(s3World(3));
});
after(async () => {
  for (const c of clients) c.destroy();
  await sim.close();
});

test('ListBuckets lists the caller\'s buckets from any region, with regions, filters and pages', async () => {
  const all = await s3('ap-southeast-2').send(new ListBucketsCommand({}));
  assert.equal(all.Buckets?.length, 7);
  assert.equal(all.ContinuationToken, undefined, 'no max-buckets: one response');
  assert.deepEqual(all.Buckets?.map((b) => b.Name).slice(0, 3), ['acme-backups', 'acme-data-eu', 'acme-extra-000']);
  assert.equal(all.Buckets?.find((b) => b.Name === 'acme-logs')?.BucketRegion, 'ap-southeast-2');
  assert.ok(all.Buckets?.[0]?.CreationDate instanceof Date);
  assert.equal(all.Owner?.ID, 'owner-canonical-id-111122223333');
  const eu = await s3('us-east-1').send(new ListBucketsCommand({ BucketRegion: 'eu-west-1', Prefix: 'acme-' }));
  assert.deepEqual(eu.Buckets?.map((b) => b.Name), ['acme-backups', 'acme-data-eu']);
  const names: string[] = [];
  let pages = 0;
  for await (const page of paginateListBuckets({ client: s3('us-east-1'), pageSize: 3 }, {})) {
    pages++;
    names.push(...(page.Buckets ?? []).map((b) => b.Name ?? ''));
  }
  assert.equal(pages, 3);
  assert.deepEqual(names, all.Buckets?.map((b) => b.Name));
  assert.equal((await errorOf(s3('us-east-1').send(new ListBucketsCommand({ MaxBuckets: 2, ContinuationToken: 'forged' })))).name, 'InvalidArgument');
});

test('a bucket answers only through its own region; GetBucketLocation answers from any region', async () => {
  assert.deepEqual(await errorOf(s3('us-east-1').send(new GetBucketAclCommand({ Bucket: 'acme-data-eu' }))), { name: 'PermanentRedirect', status: 301, region: 'eu-west-1' });
  // The SDK's own redirect handling re-signs for x-amz-bucket-region and succeeds.
  const followed = await s3('us-east-1', { followRegionRedirects: true }).send(new GetBucketVersioningCommand({ Bucket: 'acme-data-eu' }));
  assert.equal(followed.MFADelete, 'Enabled');
  assert.equal((await s3('us-east-1').send(new GetBucketLocationCommand({ Bucket: 'acme-logs' }))).LocationConstraint, 'ap-southeast-2');
  // us-east-1 is the empty constraint.
  assert.ok(!(await s3('eu-west-1').send(new GetBucketLocationCommand({ Bucket: 'acme-public-site' }))).LocationConstraint);
});

test('unknown buckets are NoSuchBucket; another account\'s bucket is AccessDenied', async () => {
  assert.deepEqual(await errorOf(s3('us-east-1').send(new GetBucketAclCommand({ Bucket: 'no-such-bucket-here' }))), { name: 'NoSuchBucket', status: 404 });
  assert.deepEqual(await errorOf(s3('us-east-1').send(new GetBucketAclCommand({ Bucket: 'other-account-bucket' }))), { name: 'AccessDenied', status: 403 });
});

test('bucket policy writes change the world; BlockPublicPolicy refuses a public policy', async () => {
  const c = s3('eu-west-1');
  const Bucket = 'acme-backups';
  assert.equal((await errorOf(c.send(new GetBucketPolicyCommand({ Bucket })))).name, 'NoSuchBucketPolicy');
  assert.equal((await errorOf(c.send(new GetBucketPolicyStatusCommand({ Bucket })))).name, 'NoSuchBucketPolicy');
  const scoped = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-backups/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }] });
  await c.send(new PutBucketPolicyCommand({ Bucket, Policy: scoped }));
  assert.equal((await c.send(new GetBucketPolicyCommand({ Bucket }))).Policy, scoped);
  assert.equal((await c.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic, false);
  assert.equal((await errorOf(c.send(new PutBucketPolicyCommand({ Bucket, Policy: '{not json' })))).name, 'MalformedPolicy');
  await c.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: { BlockPublicPolicy: true } }));
  const bucket = s3Section(sim.world.accounts.get(ACCOUNT)!).Buckets.find((b) => b.Name === Bucket)!;
  assert.deepEqual(bucket.PublicAccessBlock, { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false });
  const open = scoped.replace(/,"Condition":\{[^}]*\}\}/, '');
  assert.deepEqual(await errorOf(c.send(new PutBucketPolicyCommand({ Bucket, Policy: open }))), { name: 'AccessDenied', status: 403 });
  await c.send(new DeletePublicAccessBlockCommand({ Bucket }));
  assert.equal(bucket.PublicAccessBlock, null);
  await c.send(new PutBucketPolicyCommand({ Bucket, Policy: open }));
  assert.equal((await c.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic, true);
  await c.send(new DeleteBucketPolicyCommand({ Bucket }));
  assert.equal(bucket.Policy, null);
});

test('S3 Control: the account block is read, written and deleted for the caller\'s own account only', async () => {
  const c = control();
  assert.deepEqual(await errorOf(c.send(new GetAccountBlock({ AccountId: ACCOUNT }))), { name: 'NoSuchPublicAccessBlockConfiguration', status: 404 });
  await c.send(new PutAccountBlock({ AccountId: ACCOUNT, PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true } }));
  const got = await c.send(new GetAccountBlock({ AccountId: ACCOUNT }));
  assert.deepEqual(got.PublicAccessBlockConfiguration, { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: true });
  assert.deepEqual(await errorOf(c.send(new GetAccountBlock({ AccountId: OTHER_ACCOUNT }))), { name: 'AccessDenied', status: 403 });
  await c.send(new DeleteAccountBlock({ AccountId: ACCOUNT }));
  assert.equal(s3Section(sim.world.accounts.get(ACCOUNT)!).AccountPublicAccessBlock, null);
});
