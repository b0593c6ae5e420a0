import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../../../../model/core/index.js';
import type { S3AccessPointProperties, S3BucketProperties } from '../../../../model/aws/s3.js';
import { adaptTerraform } from './index.js';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';

function bucketOf(b: TfBuilder, uid = '.:aws_s3_bucket.data'): S3BucketProperties & { resource: Resource } {
  const { resources, errors } = adaptTerraform(b.instances, b.providers);
  assert.deepEqual(errors, []);
  const r = resources.find((x) => x.uid === uid);
  assert.ok(r, `no ${uid} in ${resources.map((x) => x.uid).join(', ')}`);
  return { ...(r.properties as S3BucketProperties), resource: r };
}

test('a bare bucket gets AWS defaults for a bucket created today, pointing at the block', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  const p = bucketOf(b);
  assert.equal(p.resource.name, 'data');
  assert.deepEqual(p.resource.origin, { kind: 'iac', framework: 'terraform', file: 'main.tf', startLine: 1, endLine: 3, address: 'aws_s3_bucket.data' });
  assert.deepEqual(p.bucketName, { kind: 'explicit', value: 'data', source: { kind: 'iac', file: 'main.tf', startLine: 2, endLine: 2, attribute: 'bucket' } });
  for (const v of Object.values(p.publicAccessBlock)) {
    assert.equal(v.kind, 'default');
    assert.equal(v.value, true);
    assert.match(v.reason ?? '', /April 2023/);
    assert.deepEqual(v.source, { kind: 'iac', file: 'main.tf', startLine: 1, endLine: 3 });
  }
  assert.equal(p.objectOwnership.value, 'BucketOwnerEnforced');
  assert.equal(p.cannedAcl.value, 'private');
  assert.equal(p.encryptionAlgorithm.value, 'AES256');
  assert.equal(p.encryptionAlgorithm.kind, 'default');
  assert.equal(p.encryptionKmsKeyId.value, null);
  assert.equal(p.versioningEnabled.value, false);
  assert.equal(p.mfaDeleteEnabled.value, false);
  assert.equal(p.loggingTargetBucket.value, null);
  assert.equal(p.policy.value, null);
  assert.equal(p.objectLockEnabled.value, false);
  assert.equal(p.lifecycleRuleCount.value, 0);
  assert.equal(p.replicationEnabled.value, false);
  assert.deepEqual(p.grants.value, []);
  assert.deepEqual(p.resource.tags, { kind: 'default', value: {}, source: { kind: 'iac', file: 'main.tf', startLine: 1, endLine: 3 } });
});

test('a separate public access block joins by reference; omitted switches are false', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  b.resource('aws_s3_bucket_public_access_block', 'data', { bucket: ref('aws_s3_bucket.data'), block_public_acls: true, ignore_public_acls: false });
  const p = bucketOf(b).publicAccessBlock;
  assert.deepEqual([p.blockPublicAcls.value, p.ignorePublicAcls.value, p.blockPublicPolicy.value, p.restrictPublicBuckets.value], [true, false, false, false]);
  // Line 8 is `ignore_public_acls` (block opens on line 5, bucket 6, block_public_acls 7).
  assert.equal(p.ignorePublicAcls.source.kind === 'iac' && p.ignorePublicAcls.source.startLine, 8);
  assert.equal(p.blockPublicPolicy.kind, 'default');
  assert.equal(p.blockPublicPolicy.source.kind === 'iac' && p.blockPublicPolicy.source.startLine, 5);
});

test('an unknown switch stays unresolvable with its reason', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  b.resource('aws_s3_bucket_public_access_block', 'data', { bucket: 'data', block_public_acls: unknown('var.block has no value') });
  const p = bucketOf(b).publicAccessBlock;
  assert.equal(p.blockPublicAcls.kind, 'unresolvable');
  assert.equal(p.blockPublicAcls.value, undefined);
  assert.equal(p.blockPublicAcls.reason, 'var.block has no value');
});

test('joins by literal bucket name and by address without index; other buckets are untouched', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' }, { address: 'aws_s3_bucket.data[0]' });
  b.resource('aws_s3_bucket', 'other', { bucket: 'other' });
  b.resource('aws_s3_bucket_versioning', 'v', { bucket: ref('aws_s3_bucket.data'), versioning_configuration: block({ status: 'Enabled', mfa_delete: 'Enabled' }) });
  b.resource('aws_s3_bucket_acl', 'a', { bucket: 'data', acl: 'public-read' });
  const p = bucketOf(b, '.:aws_s3_bucket.data[0]');
  assert.equal(p.versioningEnabled.value, true);
  assert.equal(p.mfaDeleteEnabled.value, true);
  assert.equal(p.cannedAcl.value, 'public-read');
  const o = bucketOf(b, '.:aws_s3_bucket.other');
  assert.equal(o.versioningEnabled.value, false);
  assert.equal(o.cannedAcl.value, 'private');
});

test('every split resource joins onto its bucket', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'logs', { bucket: 'logs' });
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  const on = { bucket: ref('aws_s3_bucket.data') };
  b.resource('aws_s3_bucket_policy', 'p', { ...on, policy: JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' } }) });
  b.resource('aws_s3_bucket_server_side_encryption_configuration', 'e', {
    ...on,
    rule: block({ apply_server_side_encryption_by_default: block({ sse_algorithm: 'aws:kms', kms_master_key_id: ref('aws_kms_key.k', 'arn') }) }),
  });
  b.resource('aws_kms_key', 'k', {});
  b.resource('aws_s3_bucket_logging', 'l', { ...on, target_bucket: ref('aws_s3_bucket.logs'), target_prefix: 'x/' });
  b.resource('aws_s3_bucket_object_lock_configuration', 'o', { ...on });
  b.resource('aws_s3_bucket_lifecycle_configuration', 'lc', { ...on, rule: block({ id: 'a', status: 'Enabled' }, { id: 'b', status: 'Enabled' }) });
  b.resource('aws_s3_bucket_replication_configuration', 'r', { ...on, role: 'arn', rule: block({ status: 'Enabled' }) });
  b.resource('aws_s3_bucket_ownership_controls', 'oc', { ...on, rule: block({ object_ownership: 'ObjectWriter' }) });
  b.resource('aws_s3_bucket_acl', 'acl', {
    ...on,
    access_control_policy: block({
      grant: block({ grantee: block({ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }), permission: 'READ' }),
      owner: block({ id: 'abc' }),
    }),
  });
  const p = bucketOf(b);
  assert.equal(p.policy.kind, 'explicit');
  assert.equal(p.policy.value?.Statement.length, 1);
  assert.equal(p.encryptionAlgorithm.value, 'aws:kms');
  assert.equal(p.encryptionKmsKeyId.value, '.:aws_kms_key.k');
  assert.equal(p.loggingTargetBucket.value, '.:aws_s3_bucket.logs');
  assert.equal(p.objectLockEnabled.value, true);
  assert.equal(p.lifecycleRuleCount.value, 2);
  assert.equal(p.replicationEnabled.value, true);
  assert.equal(p.objectOwnership.value, 'ObjectWriter');
  assert.deepEqual(p.grants.value, [{ grantee: 'http://acs.amazonaws.com/groups/global/AllUsers', granteeType: 'Group', permission: 'READ' }]);
  // The split resources are joined, not emitted.
  const { resources } = adaptTerraform(b.instances, b.providers);
  assert.deepEqual(resources.map((r) => r.type).sort(), ['aws.kms.key', 'aws.s3.bucket', 'aws.s3.bucket']);
});

test('provider v3 inline attributes are read too', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', {
    bucket: 'data',
    acl: 'public-read-write',
    versioning: block({ enabled: true }),
    logging: block({ target_bucket: 'central-logs' }),
    server_side_encryption_configuration: block({ rule: block({ apply_server_side_encryption_by_default: block({ sse_algorithm: 'aws:kms' }) }) }),
    lifecycle_rule: block({ enabled: true }),
    grant: block({ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', permissions: ['READ', 'WRITE'] }),
    object_lock_configuration: block({ object_lock_enabled: 'Enabled' }),
  });
  const p = bucketOf(b);
  assert.equal(p.cannedAcl.value, 'public-read-write');
  assert.equal(p.versioningEnabled.value, true);
  assert.equal(p.loggingTargetBucket.value, 'central-logs');
  assert.equal(p.encryptionAlgorithm.value, 'aws:kms');
  assert.equal(p.lifecycleRuleCount.value, 1);
  assert.equal(p.grants.value?.length, 2);
  assert.equal(p.objectLockEnabled.value, true);
});

test('an unparsable policy is unresolvable with the parse error; an unknown one names the unknown', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data', policy: '{ not json' });
  assert.equal(bucketOf(b).policy.kind, 'unresolvable');
  assert.match(bucketOf(b).policy.reason ?? '', /not valid JSON/);
  const c = new TfBuilder();
  c.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  c.resource('aws_s3_bucket_policy', 'p', { bucket: ref('aws_s3_bucket.data'), policy: ref('data.aws_iam_policy_document.p', 'json') });
  const p = bucketOf(c).policy;
  assert.equal(p.kind, 'unresolvable');
  assert.match(p.reason ?? '', /data\.aws_iam_policy_document\.p\.json/);
});

test('region and default tags come from the provider; tags merge over default tags', () => {
  const b = new TfBuilder();
  b.provider('aws', { region: 'eu-west-1', default_tags: block({ tags: { team: 'a', env: 'x' } }) });
  b.resource('aws_s3_bucket', 'data', { bucket: 'data', tags: { env: 'prod' } });
  const r = bucketOf(b).resource;
  assert.equal(r.region, 'eu-west-1');
  assert.deepEqual(r.tags.value, { team: 'a', env: 'prod' });
});

test('a generated bucket name is unresolvable and the resource is named by its address', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket_prefix: 'x-' });
  const p = bucketOf(b);
  assert.equal(p.bucketName.kind, 'unresolvable');
  assert.equal(p.resource.name, 'aws_s3_bucket.data');
});

test('the account public access block defaults to false per switch', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_account_public_access_block', 'acct', { block_public_acls: true });
  const { resources } = adaptTerraform(b.instances, b.providers);
  const p = resources[0]!.properties as S3BucketProperties['publicAccessBlock'];
  assert.equal(resources[0]!.type, 'aws.s3.account-public-access-block');
  assert.equal(p.blockPublicAcls.value, true);
  assert.equal(p.restrictPublicBuckets.kind, 'default');
  assert.equal(p.restrictPublicBuckets.value, false);
});

test('a split resource whose bucket is an unset variable makes the values it governs unknown', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  b.resource('aws_s3_bucket_public_access_block', 'maybe', { bucket: unknown('var.bucket has no value'), block_public_acls: false });
  b.resource('aws_s3_bucket_versioning', 'other', { bucket: 'elsewhere', versioning_configuration: block({ status: 'Enabled' }) });
  const p = bucketOf(b);
  assert.equal(p.publicAccessBlock.blockPublicAcls.kind, 'unresolvable');
  assert.match(p.publicAccessBlock.blockPublicAcls.reason ?? '', /aws_s3_bucket_public_access_block\.maybe may apply.*var\.bucket has no value/);
  // A literal naming another bucket is no doubt: that resource is not this bucket's.
  assert.equal(p.versioningEnabled.kind, 'default');
  assert.equal(p.policy.kind, 'default');
});

test('an access point: defaults block all public access; a block, a VPC and a joined policy are read', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'data', { bucket: 'data' });
  b.resource('aws_s3_access_point', 'plain', { bucket: ref('aws_s3_bucket.data', 'id'), name: 'plain' });
  b.resource('aws_s3_access_point', 'open', {
    bucket: 'data',
    name: 'open',
    public_access_block_configuration: block({ block_public_acls: false, restrict_public_buckets: false }),
  });
  b.resource('aws_s3_access_point', 'inside', { bucket: 'data', name: 'inside', vpc_configuration: block({ vpc_id: 'vpc-1' }) });
  b.resource('aws_s3control_access_point_policy', 'open', {
    access_point_arn: ref('aws_s3_access_point.open', 'arn'),
    policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }),
  });
  const { resources, errors } = adaptTerraform(b.instances, b.providers);
  assert.deepEqual(errors, []);
  const ap = (name: string) => resources.find((r) => r.type === 'aws.s3.access-point' && r.name === name)?.properties as S3AccessPointProperties;
  const plain = ap('plain');
  assert.equal(plain.bucketName.value, '.:aws_s3_bucket.data');
  assert.equal(plain.networkOrigin.value, 'Internet');
  for (const v of Object.values(plain.publicAccessBlock)) assert.deepEqual([v.kind, v.value], ['default', true]);
  assert.equal(plain.policy.value, null);
  const open = ap('open');
  assert.deepEqual([open.publicAccessBlock.blockPublicAcls.value, open.publicAccessBlock.ignorePublicAcls.value, open.publicAccessBlock.restrictPublicBuckets.value], [false, true, false]);
  assert.equal(open.policy.value?.Statement[0]?.Principal, '*');
  assert.equal(ap('inside').networkOrigin.value, 'VPC');
});
