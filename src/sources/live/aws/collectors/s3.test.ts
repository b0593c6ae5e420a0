import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import { PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { Resource } from '../../../../model/core/index.js';
import type { S3AccountPublicAccessBlock, S3Bucket } from '../../../../model/aws/s3.js';
import { startSimcloud, type RunningSimcloud } from '../../../../simcloud/testing.js';
import { runCollectorForTest, type CollectorTestResult } from '../testing.js';
import s3, { s3Collector } from './s3.js';
import { allowLocalControlEndpoint, isLocalHost } from './s3/clients.js';
import { ACCOUNT, KMS_KEY, NO_POLICY_READER, s3World } from '../../../../simcloud/services/s3/test-world.js';

let sim: RunningSimcloud;
let first: CollectorTestResult;
before(async () => {
  sim = await startSimcloud(s3World(5));
  first = await run();
});
after(async () => {
  await sim.close();
});

const run = (collector = s3, credentials = sim.credentials) => runCollectorForTest(collector, { endpoint: sim.endpoint, credentials, account: ACCOUNT, region: 'us-east-1' });
const bucketOf = (rs: readonly Resource[], name: string): S3Bucket => {
  const b = rs.find((r) => r.type === 'aws.s3.bucket' && r.name === name);
  assert.ok(b, `bucket ${name} emitted`);
  return b as S3Bucket;
};
const accountBlock = (rs: readonly Resource[]): S3AccountPublicAccessBlock => {
  const a = rs.filter((r) => r.type === 'aws.s3.account-public-access-block');
  assert.equal(a.length, 1, 'one account-level block per account');
  return a[0] as S3AccountPublicAccessBlock;
};

test('every bucket of the account, in its own region, with ARN uid and live provenance', async () => {
  const { resources, gaps } = first;
  assert.deepEqual(gaps, []);
  const buckets = resources.filter((r) => r.type === 'aws.s3.bucket');
  assert.equal(buckets.length, 9, '4 planted + 5 extra; the other account\'s bucket is not listed');
  const eu = bucketOf(resources, 'acme-data-eu');
  assert.equal(eu.uid, 'arn:aws:s3:::acme-data-eu');
  assert.equal(eu.region, 'eu-west-1');
  assert.equal(eu.account, ACCOUNT);
  assert.deepEqual(eu.origin, { kind: 'live', call: 's3:ListBuckets' });
  assert.equal(bucketOf(resources, 'acme-logs').region, 'ap-southeast-2');
  // Values read in the bucket's region say so in their provenance.
  assert.deepEqual(eu.properties.versioningEnabled.source, { kind: 'api', call: 's3:GetBucketVersioning', region: 'eu-west-1', account: ACCOUNT });
});

test('ACL, ownership and public access block: a public bucket without a block reads as such', async () => {
  const { resources } = first;
  const site = bucketOf(resources, 'acme-public-site').properties;
  assert.equal(site.cannedAcl.value, 'public-read');
  assert.deepEqual(site.grants.value?.find((g) => g.granteeType === 'Group'), { grantee: 'http://acs.amazonaws.com/groups/global/AllUsers', granteeType: 'Group', permission: 'READ' });
  assert.equal(site.objectOwnership.value, 'ObjectWriter');
  // No bucket-level block on a live bucket: all four switches explicitly off (unlike a new IaC bucket).
  for (const v of Object.values(site.publicAccessBlock)) assert.deepEqual([v.kind, v.value], ['explicit', false]);
  assert.equal(site.policy.value, null);
  assert.equal(site.policy.kind, 'explicit');
  assert.equal(site.policyPublic?.value, false);
  const logs = bucketOf(resources, 'acme-logs').properties;
  assert.equal(logs.cannedAcl.value, 'log-delivery-write');
  assert.equal(logs.publicAccessBlock.restrictPublicBuckets.value, true);
  assert.equal(bucketOf(resources, 'acme-data-eu').properties.objectOwnership.value, 'BucketOwnerEnforced');
  // No ownership controls at all: ACLs stay on with ObjectWriter, as S3 behaves.
  assert.deepEqual([bucketOf(resources, 'acme-backups').properties.objectOwnership.kind, bucketOf(resources, 'acme-backups').properties.objectOwnership.value], ['default', 'ObjectWriter']);
});

test('policy, encryption, versioning, logging, object lock, lifecycle, replication, tags', async () => {
  const { resources } = first;
  const eu = bucketOf(resources, 'acme-data-eu');
  assert.equal(eu.properties.policy.value?.Statement[0]?.Principal, '*');
  assert.equal(eu.properties.policyPublic?.value, true);
  assert.equal(eu.properties.encryptionAlgorithm.value, 'aws:kms');
  assert.equal(eu.properties.encryptionKmsKeyId.value, KMS_KEY);
  assert.equal(eu.properties.versioningEnabled.value, true);
  assert.equal(eu.properties.mfaDeleteEnabled.value, true);
  assert.equal(eu.properties.loggingTargetBucket.value, 'acme-logs');
  const site = bucketOf(resources, 'acme-public-site');
  // No default encryption configuration: S3 applies SSE-S3, recorded as a default with the reason.
  assert.deepEqual([site.properties.encryptionAlgorithm.kind, site.properties.encryptionAlgorithm.value], ['default', 'AES256']);
  assert.equal(site.properties.encryptionKmsKeyId.value, null);
  assert.equal(site.properties.versioningEnabled.value, false);
  assert.equal(site.properties.loggingTargetBucket.value, null);
  assert.deepEqual(site.tags.value, { team: 'web' });
  const logs = bucketOf(resources, 'acme-logs').properties;
  assert.equal(logs.encryptionAlgorithm.kind, 'explicit');
  assert.equal(logs.encryptionAlgorithm.value, 'AES256');
  assert.equal(logs.objectLockEnabled.value, true);
  assert.equal(logs.lifecycleRuleCount.value, 1);
  assert.equal(logs.replicationEnabled.value, false);
  const backups = bucketOf(resources, 'acme-backups');
  assert.equal(backups.properties.replicationEnabled.value, true);
  assert.equal(backups.properties.versioningEnabled.value, false, 'Suspended is not enabled');
  assert.equal(backups.properties.objectLockEnabled.value, false);
  assert.equal(backups.properties.lifecycleRuleCount.value, 0);
  assert.deepEqual(backups.tags.value, { purpose: 'backup' });
});

test('the account block is emitted with all four explicitly false when none is configured', async () => {
  const { resources } = first;
  const acct = accountBlock(resources);
  assert.equal(acct.uid, `arn:aws:s3::${ACCOUNT}:account-public-access-block`);
  for (const v of Object.values(acct.properties)) assert.deepEqual([v.kind, v.value], ['explicit', false]);
  assert.equal(acct.properties.blockPublicAcls.source.kind === 'api' && acct.properties.blockPublicAcls.source.call, 's3control:GetPublicAccessBlock');
});

test('listing follows continuation tokens to the end', async () => {
  const { resources, calls } = await run(s3Collector({ pageSize: 2 }));
  assert.equal(resources.filter((r) => r.type === 'aws.s3.bucket').length, 9);
  assert.equal(calls.filter((c) => c === 's3:ListBuckets').length, 5, '9 buckets in pages of 2');
});

test('AccessDenied on GetBucketPolicy: policy unknown with the reason, a gap per bucket, everything else known', async () => {
  const { resources, gaps } = await run(s3, NO_POLICY_READER);
  const eu = bucketOf(resources, 'acme-data-eu').properties;
  assert.equal(eu.policy.kind, 'unresolvable');
  assert.match(eu.policy.reason ?? '', /s3:GetBucketPolicy failed: AccessDenied/);
  assert.equal(eu.policyPublic?.kind, 'unresolvable');
  assert.equal(eu.versioningEnabled.value, true);
  const policyGaps = gaps.filter((g) => g.call === 's3:GetBucketPolicy');
  assert.equal(policyGaps.length, 9);
  assert.deepEqual(
    { reason: policyGaps[0]?.reason, region: policyGaps[0]?.region, service: policyGaps[0]?.service },
    { reason: 'AccessDenied', region: 'global', service: 's3' },
  );
  assert.ok(policyGaps.some((g) => g.resourceId === 'arn:aws:s3:::acme-data-eu'));
  assert.equal(gaps.length, 9, 'no other call failed');
});

test('PutPublicAccessBlock through the SDK changes the world; the next collect sees it', async () => {
  const own = await startSimcloud(s3World());
  try {
    const creds = own.credentials;
    const s3eu = new S3Client({ region: 'eu-west-1', endpoint: own.endpoint, credentials: creds, maxAttempts: 1 });
    const all = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    await s3eu.send(new PutPublicAccessBlockCommand({ Bucket: 'acme-data-eu', PublicAccessBlockConfiguration: all }));
    const control = new S3ControlClient({ region: 'us-east-1', endpoint: own.endpoint, credentials: creds, maxAttempts: 1 });
    allowLocalControlEndpoint(control);
    await control.send(new PutAccountPublicAccessBlockCommand({ AccountId: ACCOUNT, PublicAccessBlockConfiguration: { ...all, IgnorePublicAcls: false } }));
    s3eu.destroy();
    control.destroy();
    const { resources, gaps } = await runCollectorForTest(s3, { endpoint: own.endpoint, credentials: creds, account: ACCOUNT, region: 'us-east-1' });
    assert.deepEqual(gaps, []);
    for (const v of Object.values(bucketOf(resources, 'acme-data-eu').properties.publicAccessBlock)) assert.deepEqual([v.kind, v.value], ['explicit', true]);
    const acct = accountBlock(resources).properties;
    assert.deepEqual([acct.blockPublicAcls.value, acct.ignorePublicAcls.value, acct.blockPublicPolicy.value, acct.restrictPublicBuckets.value], [true, false, true, true]);
  } finally {
    await own.close();
  }
});

test('only IP and localhost endpoints are treated as local', () => {
  assert.equal(isLocalHost('127.0.0.1'), true);
  assert.equal(isLocalHost('[::1]'), true);
  assert.equal(isLocalHost('localhost'), true);
  assert.equal(isLocalHost('s3-control.us-east-1.amazonaws.com'), false);
});
