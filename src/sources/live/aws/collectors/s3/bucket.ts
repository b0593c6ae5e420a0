/**
 * One bucket's reads and their mapping onto `aws.s3.bucket`. Each property comes from one call; a call that
 * failed leaves exactly the properties it feeds unknown (with the reason), and a "not found" answer is the
 * real value it stands for (no policy = null, no public access block = four explicit false, ...).
 */
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  type PublicAccessBlockConfiguration,
  type ServerSideEncryptionConfiguration,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import type { PublicAccessBlockSettings, S3BucketProperties } from '../../../../../model/aws/s3.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../../../model/aws/policy.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext } from '../../collector.js';
import { cannedAclOf, toModelGrants } from './acl.js';

/** A value from a call's result: `read` on success, unknown with the call's failure otherwise. */
function from<T, R>(r: CallResult<R>, src: ApiProvenance, read: (v: R) => Value<T>): Value<T> {
  return r.ok ? read(r.value) : apiUnknown<T>(r, src);
}

/** A documented default filled in for a "none" answer (kind `default`, with why). */
function def<T>(value: T, source: ApiProvenance, reason: string): Value<T> {
  return { kind: 'default', value, source, reason };
}

/** The four switches from a (bucket or account) public access block answer; "none configured" = all explicitly false. */
export function pabSettings(r: CallResult<PublicAccessBlockConfiguration | undefined>, src: ApiProvenance): PublicAccessBlockSettings {
  const one = (k: keyof PublicAccessBlockConfiguration): Value<boolean> => from(r, src, (c) => apiValue(c?.[k] === true, src));
  return { blockPublicAcls: one('BlockPublicAcls'), ignorePublicAcls: one('IgnorePublicAcls'), blockPublicPolicy: one('BlockPublicPolicy'), restrictPublicBuckets: one('RestrictPublicBuckets') };
}

function policyValue(r: CallResult<string | undefined>, src: ApiProvenance): Value<PolicyDocument | null> {
  if (!r.ok) return apiUnknown(r, src);
  if (r.value === undefined || r.value === '') return apiValue(null, src);
  const parsed = parsePolicyDocument(r.value);
  return parsed.ok ? apiValue(parsed.document, src) : { kind: 'unresolvable', value: undefined, source: src, reason: `${src.call} returned a policy that cannot be read: ${parsed.error}` };
}

/** The calls made for every bucket (API names) and the IAM action each needs. */
export const BUCKET_CALLS: readonly (readonly [call: string, permission: string])[] = [
  ['s3:GetBucketAcl', 's3:GetBucketAcl'],
  ['s3:GetBucketPolicy', 's3:GetBucketPolicy'],
  ['s3:GetBucketPolicyStatus', 's3:GetBucketPolicyStatus'],
  ['s3:GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock'],
  ['s3:GetBucketEncryption', 's3:GetEncryptionConfiguration'],
  ['s3:GetBucketVersioning', 's3:GetBucketVersioning'],
  ['s3:GetBucketLogging', 's3:GetBucketLogging'],
  ['s3:GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration'],
  ['s3:GetBucketLifecycleConfiguration', 's3:GetLifecycleConfiguration'],
  ['s3:GetBucketReplication', 's3:GetReplicationConfiguration'],
  ['s3:GetBucketOwnershipControls', 's3:GetBucketOwnershipControls'],
  ['s3:GetBucketTagging', 's3:GetBucketTagging'],
];

/** Reads one bucket through its regional client; returns its properties and tags. */
export async function readBucket(
  ctx: CollectorContext,
  s3: S3Client,
  name: string,
  region: string,
  listProv: ApiProvenance,
): Promise<{ properties: S3BucketProperties; tags: Value<Readonly<Record<string, string>>> }> {
  const uid = `arn:aws:s3:::${name}`;
  const src = (call: string): ApiProvenance => ({ ...ctx.prov(call), region });
  const about = { resourceId: uid };
  const expect = (...codes: string[]) => ({ resourceId: uid, expected: codes });
  const Bucket = name;
  const [acl, policy, pab, enc, ver, log, lock, life, repl, own, tag] = await Promise.all([
    ctx.call('s3:GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket })), about),
    ctx.call('s3:GetBucketPolicy', async () => (await s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy, expect('NoSuchBucketPolicy')),
    ctx.call('s3:GetPublicAccessBlock', async () => (await s3.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration, expect('NoSuchPublicAccessBlockConfiguration')),
    ctx.call('s3:GetBucketEncryption', async () => (await s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration, expect('ServerSideEncryptionConfigurationNotFoundError')),
    ctx.call('s3:GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket })), about),
    ctx.call('s3:GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket })), about),
    ctx.call('s3:GetObjectLockConfiguration', async () => (await s3.send(new GetObjectLockConfigurationCommand({ Bucket }))).ObjectLockConfiguration, expect('ObjectLockConfigurationNotFoundError')),
    ctx.call('s3:GetBucketLifecycleConfiguration', () => s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket })), expect('NoSuchLifecycleConfiguration')),
    ctx.call('s3:GetBucketReplication', async () => (await s3.send(new GetBucketReplicationCommand({ Bucket }))).ReplicationConfiguration, expect('ReplicationConfigurationNotFoundError')),
    ctx.call('s3:GetBucketOwnershipControls', async () => (await s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls, expect('OwnershipControlsNotFoundError')),
    ctx.call('s3:GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket })), expect('NoSuchTagSet')),
  ]);
  // S3's own verdict on the policy; only asked when there is a policy (without one the answer is "not public").
  const hasPolicy = policy.ok && policy.value !== undefined;
  const status = hasPolicy
    ? await ctx.call('s3:GetBucketPolicyStatus', async () => (await s3.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus, expect('NoSuchBucketPolicy'))
    : policy.ok
      ? ({ ok: true, value: { IsPublic: false } } as const)
      : policy;

  const sAcl = src('s3:GetBucketAcl');
  const grants = from(acl, sAcl, (a) => apiValue(toModelGrants(a.Grants), sAcl));
  const sEnc = src('s3:GetBucketEncryption');
  const encRule = (c: ServerSideEncryptionConfiguration | undefined) => c?.Rules?.find((r) => r.ApplyServerSideEncryptionByDefault)?.ApplyServerSideEncryptionByDefault;
  const sseNote = 'no default encryption configuration: S3 encrypts every new object with SSE-S3 (AES256) since January 2023';
  const sOwn = src('s3:GetBucketOwnershipControls');
  const sLock = src('s3:GetObjectLockConfiguration');
  const sLife = src('s3:GetBucketLifecycleConfiguration');
  const sRepl = src('s3:GetBucketReplication');
  const sVer = src('s3:GetBucketVersioning');
  const sLog = src('s3:GetBucketLogging');
  const sTag = src('s3:GetBucketTagging');
  const sStatus = src('s3:GetBucketPolicyStatus');
  const properties: S3BucketProperties = {
    bucketName: apiValue(name, listProv),
    cannedAcl: from(acl, sAcl, (a) => apiValue(cannedAclOf(toModelGrants(a.Grants), a.Owner?.ID), sAcl)),
    grants,
    objectOwnership: from(own, sOwn, (o) =>
      o === undefined ? def('ObjectWriter', sOwn, 'no ownership controls: the bucket keeps ACLs and the uploader owns each object (ObjectWriter)') : apiValue(o.Rules?.[0]?.ObjectOwnership ?? 'ObjectWriter', sOwn),
    ),
    publicAccessBlock: pabSettings(pab, src('s3:GetPublicAccessBlock')),
    policy: policyValue(policy, src('s3:GetBucketPolicy')),
    policyPublic: from(status, sStatus, (s) => apiValue(s?.IsPublic === true, sStatus)),
    encryptionAlgorithm: from(enc, sEnc, (c) => {
      const d = encRule(c);
      return d?.SSEAlgorithm ? apiValue<string>(d.SSEAlgorithm, sEnc) : def('AES256', sEnc, sseNote);
    }),
    encryptionKmsKeyId: from(enc, sEnc, (c) => {
      const d = encRule(c);
      return d ? apiValue(d.KMSMasterKeyID ?? null, sEnc) : def<string | null>(null, sEnc, sseNote);
    }),
    versioningEnabled: from(ver, sVer, (v) => apiValue(v.Status === 'Enabled', sVer)),
    mfaDeleteEnabled: from(ver, sVer, (v) => apiValue(v.MFADelete === 'Enabled', sVer)),
    loggingTargetBucket: from(log, sLog, (l) => apiValue(l.LoggingEnabled?.TargetBucket ?? null, sLog)),
    objectLockEnabled: from(lock, sLock, (l) => apiValue(l?.ObjectLockEnabled === 'Enabled', sLock)),
    lifecycleRuleCount: from(life, sLife, (l) => apiValue(l?.Rules?.length ?? 0, sLife)),
    replicationEnabled: from(repl, sRepl, (r) => apiValue((r?.Rules ?? []).some((x) => x.Status === 'Enabled'), sRepl)),
  };
  const tags = from(tag, sTag, (t) => apiValue(Object.fromEntries((t?.TagSet ?? []).map((x) => [x.Key ?? '', x.Value ?? ''])) as Readonly<Record<string, string>>, sTag));
  return { properties, tags };
}
