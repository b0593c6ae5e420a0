import type { S3AccessPointProperties, S3BucketProperties } from '../../../../model/aws/s3.js';
import { defaulted, mapValue, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter } from './context.js';
import { joinedPolicies, mergePolicies, policyAt } from './policy.js';
import { Reader, tagsOf, type Conv } from './read.js';

/** CloudFormation's AccessControl names → the canned ACL names the model (and the S3 API) uses. */
const CANNED: Readonly<Record<string, string>> = {
  Private: 'private',
  PublicRead: 'public-read',
  PublicReadWrite: 'public-read-write',
  AuthenticatedRead: 'authenticated-read',
  LogDeliveryWrite: 'log-delivery-write',
  BucketOwnerRead: 'bucket-owner-read',
  BucketOwnerFullControl: 'bucket-owner-full-control',
  AwsExecRead: 'aws-exec-read',
};

const BPA_NEW_BUCKETS = 'S3 enables Block Public Access on new buckets (since April 2023)';
const SSE = 'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault';

/** AWS::S3::Bucket, with AWS::S3::BucketPolicy resources joined by `Bucket`. */
export const s3Bucket: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const bucketName = rd.str('BucketName', { unresolvable: 'CloudFormation generates the bucket name at deploy' });
  const pab = (key: string): Value<boolean> =>
    rd.has('PublicAccessBlockConfiguration')
      ? rd.bool(`PublicAccessBlockConfiguration.${key}`, false, 'a switch left out of PublicAccessBlockConfiguration is off')
      : defaulted(true, rd.block, BPA_NEW_BUCKETS);
  const policies = joinedPolicies(ctx, 'AWS::S3::BucketPolicy', 'Bucket', 'PolicyDocument', r.logicalId, bucketName.value);
  const logging: Value<string | null> = rd.has('LoggingConfiguration')
    ? rd.ref('LoggingConfiguration.DestinationBucketName', { value: ctx.uid(r.logicalId), reason: 'logs go to the bucket itself when no destination is named' })
    : defaulted(null, rd.block);
  const props: S3BucketProperties = {
    bucketName,
    cannedAcl: mapValue(rd.str('AccessControl', { value: 'private' }), (a) => CANNED[a] ?? a),
    grants: defaulted([], rd.block, 'CloudFormation sets ACLs only through AccessControl'),
    objectOwnership: rd.str('OwnershipControls.Rules.0.ObjectOwnership', { value: 'BucketOwnerEnforced', reason: 'S3 disables ACLs on new buckets (since April 2023)' }),
    publicAccessBlock: {
      blockPublicAcls: pab('BlockPublicAcls'),
      ignorePublicAcls: pab('IgnorePublicAcls'),
      blockPublicPolicy: pab('BlockPublicPolicy'),
      restrictPublicBuckets: pab('RestrictPublicBuckets'),
    },
    policy: mergePolicies(policies, rd.block),
    encryptionAlgorithm: rd.str(`${SSE}.SSEAlgorithm`, { value: 'AES256', reason: 'S3 encrypts new objects with SSE-S3 by default (since January 2023)' }),
    encryptionKmsKeyId: rd.ref(`${SSE}.KMSMasterKeyID`, { value: null }),
    versioningEnabled: mapValue(rd.str('VersioningConfiguration.Status', { value: 'Suspended' }), (s) => s === 'Enabled'),
    mfaDeleteEnabled: defaulted(false, rd.block, 'CloudFormation cannot enable MFA delete'),
    loggingTargetBucket: logging,
    objectLockEnabled: rd.bool('ObjectLockEnabled', false),
    lifecycleRuleCount: rd.get('LifecycleConfiguration.Rules', countOf, { value: 0 }),
    replicationEnabled: rd.get('ReplicationConfiguration.Rules', anyEnabled, { value: false }),
  };
  return envelope(ctx, r, 'aws.s3.bucket', bucketName, tagsOf(rd), props);
};

const countOf: Conv<number> = (n) => (n.t === 'list' ? { ok: true, value: n.items.length } : { ok: false, reason: 'expected a list' });

const anyEnabled: Conv<boolean> = (n) => {
  if (n.t !== 'list') return { ok: false, reason: 'expected a list of rules' };
  let unknownReason: string | undefined;
  for (const rule of n.items) {
    const s = rule.t === 'map' ? rule.entries.get('Status') : undefined;
    if (s?.t === 'scalar' && s.value === 'Enabled') return { ok: true, value: true };
    if (s?.t === 'unknown') unknownReason = s.reason;
  }
  return unknownReason ? { ok: false, reason: unknownReason } : { ok: true, value: false };
};

/** AWS::S3::AccessPoint: every switch is on unless PublicAccessBlockConfiguration says otherwise. */
export const s3AccessPoint: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const name = rd.str('Name', { unresolvable: 'CloudFormation generates the access point name at deploy' });
  const pab = (key: string): Value<boolean> =>
    rd.has('PublicAccessBlockConfiguration')
      ? rd.bool(`PublicAccessBlockConfiguration.${key}`, false, 'a switch left out of PublicAccessBlockConfiguration is off')
      : defaulted(true, rd.block, 'access points block all public access unless told otherwise');
  const props: S3AccessPointProperties = {
    accessPointName: name,
    // A bucket of the template is named by its uid (as relations are); a literal by its name.
    bucketName: mapValue(rd.ref('Bucket', { unresolvable: 'Bucket is required' }), (b) => b ?? ''),
    networkOrigin: rd.has('VpcConfiguration.VpcId') ? mapValue(rd.str('VpcConfiguration.VpcId', { value: '' }), () => 'VPC') : defaulted('Internet', rd.block, 'no VpcConfiguration: reachable from the internet'),
    publicAccessBlock: { blockPublicAcls: pab('BlockPublicAcls'), ignorePublicAcls: pab('IgnorePublicAcls'), blockPublicPolicy: pab('BlockPublicPolicy'), restrictPublicBuckets: pab('RestrictPublicBuckets') },
    policy: policyAt(rd, 'Policy'),
  };
  return envelope(ctx, r, 'aws.s3.access-point', name, defaulted({}, rd.block), props);
};
