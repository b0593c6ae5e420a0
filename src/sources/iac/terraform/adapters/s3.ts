import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { IacProvenance } from '../../../../model/core/index.js';
import type { AclGrant, PublicAccessBlockSettings, S3AccessPointProperties, S3BucketProperties } from '../../../../model/aws/s3.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { rangeProv } from './prov.js';
import { isUnresolved, type Scope } from './scope.js';

const PAB_NEW_BUCKET = 'no aws_s3_bucket_public_access_block: AWS enables all four settings on new buckets (since April 2023)';
const PAB_OMITTED = 'omitted in the public access block resource: the provider sends false';

/** The four switches, read at `prefix` (`public_access_block_configuration.` on an access point). */
function pab(s: Scope, def: boolean, reason: string, prefix = ''): PublicAccessBlockSettings {
  return {
    blockPublicAcls: s.bool(`${prefix}block_public_acls`, def, reason),
    ignorePublicAcls: s.bool(`${prefix}ignore_public_acls`, def, reason),
    blockPublicPolicy: s.bool(`${prefix}block_public_policy`, def, reason),
    restrictPublicBuckets: s.bool(`${prefix}restrict_public_buckets`, def, reason),
  };
}

const GROUP_URIS = /acs\.amazonaws\.com\/groups\//;

/** Grants of `access_control_policy.grant` (aws_s3_bucket_acl) or the v3 inline `grant` blocks. */
function grantsOf(s: Scope, path: string, v3: boolean): Value<readonly AclGrant[]> {
  const blocks = s.blocks(path);
  if (isUnresolved(blocks)) return blocks;
  if (blocks.length === 0) return defaulted([], s.blockProv());
  const out: AclGrant[] = [];
  for (const g of blocks) {
    const type = g.str(v3 ? 'type' : 'grantee.type');
    const id = g.strOrNull(v3 ? 'id' : 'grantee.id');
    const uri = g.strOrNull(v3 ? 'uri' : 'grantee.uri');
    const email = g.strOrNull(v3 ? 'email_address' : 'grantee.email_address');
    const perms = v3 ? g.strList('permissions') : mapValue(g.str('permission'), (p) => [p]);
    for (const v of [type, id, uri, email, perms]) if (v.kind === 'unresolvable') return unresolvable(v.reason ?? 'grant is not known', v.source);
    const grantee = uri.value ?? id.value ?? email.value ?? '';
    const gt = type.value === 'Group' || GROUP_URIS.test(grantee) ? 'Group' : type.value === 'AmazonCustomerByEmail' ? 'AmazonCustomerByEmail' : 'CanonicalUser';
    for (const p of perms.value ?? []) out.push({ grantee, granteeType: gt, permission: p as AclGrant['permission'] });
  }
  return explicit(out, s.prov(s.node(path)!, path));
}

/** True when any rule block has `status = "Enabled"` (replication rules). */
function anyEnabled(s: Scope, path: string): Value<boolean> {
  const rules = s.blocks(path);
  if (isUnresolved(rules)) return rules;
  if (rules.length === 0) return defaulted(false, s.blockProv(), 'no replication rule');
  for (const r of rules) {
    const st = r.str('status', 'Enabled');
    if (st.kind === 'unresolvable') return st as Value<never>;
    if (st.value === 'Enabled') return explicit(true, st.source);
  }
  return explicit(false, s.prov(s.node(path)!, path));
}

function countBlocks(s: Scope, path: string): Value<number> {
  const b = s.blocks(path);
  if (isUnresolved(b)) return b;
  return b.length === 0 ? defaulted(0, s.blockProv()) : explicit(b.length, s.prov(s.node(path)!, path));
}

function adaptBucket(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const join = (type: string): Scope | undefined => {
    const j = ctx.joined(inst, [type], 'bucket', ['bucket'])[0];
    return j ? ctx.scope(j) : undefined;
  };
  const pabJ = join('aws_s3_bucket_public_access_block');
  const aclJ = join('aws_s3_bucket_acl');
  const ownJ = join('aws_s3_bucket_ownership_controls');
  const polJ = join('aws_s3_bucket_policy');
  const encJ = join('aws_s3_bucket_server_side_encryption_configuration');
  const verJ = join('aws_s3_bucket_versioning');
  const logJ = join('aws_s3_bucket_logging');
  const olJ = join('aws_s3_bucket_object_lock_configuration');
  const lcJ = join('aws_s3_bucket_lifecycle_configuration');
  const repJ = join('aws_s3_bucket_replication_configuration');

  const sse = 'apply_server_side_encryption_by_default';
  const encScope = encJ ?? s;
  const encPath = encJ ? `rule.${sse}` : `server_side_encryption_configuration.rule.${sse}`;
  const sseReason = 'no default encryption configured: S3 applies SSE-S3 (AES256) to every bucket since January 2023';

  let objectLock: Value<boolean>;
  if (olJ) objectLock = mapValue(olJ.str('object_lock_enabled', 'Enabled'), (v) => v === 'Enabled');
  else if (s.has('object_lock_enabled')) objectLock = s.bool('object_lock_enabled');
  else objectLock = mapValue(s.str('object_lock_configuration.object_lock_enabled', 'Disabled'), (v) => v === 'Enabled');

  const props: S3BucketProperties = {
    bucketName: s.str('bucket', undefined, 'bucket name is generated by Terraform at apply time'),
    cannedAcl: aclJ && aclJ.has('acl') ? aclJ.str('acl') : s.str('acl', 'private', 'no ACL set: new buckets are private'),
    grants: aclJ ? grantsOf(aclJ, 'access_control_policy.grant', false) : grantsOf(s, 'grant', true),
    objectOwnership: ownJ
      ? ownJ.str('rule.object_ownership')
      : defaulted('BucketOwnerEnforced', s.blockProv(), 'no ownership controls: new buckets default to BucketOwnerEnforced (ACLs disabled, since April 2023)'),
    publicAccessBlock: pabJ ? pab(pabJ, false, PAB_OMITTED) : pab(s, true, PAB_NEW_BUCKET),
    policy: polJ ? polJ.policy('policy') : s.policy('policy', 'no bucket policy'),
    encryptionAlgorithm: encScope.str(`${encPath}.sse_algorithm`, 'AES256', sseReason),
    encryptionKmsKeyId: encScope.refOrNull(`${encPath}.kms_master_key_id`, ['aws_kms_key', 'aws_kms_alias'], ['key_id', 'name']),
    versioningEnabled: verJ
      ? mapValue(verJ.str('versioning_configuration.status'), (v) => v === 'Enabled')
      : s.bool('versioning.enabled', false, 'versioning is off unless enabled'),
    mfaDeleteEnabled: verJ
      ? mapValue(verJ.str('versioning_configuration.mfa_delete', 'Disabled'), (v) => v === 'Enabled')
      : s.bool('versioning.mfa_delete', false),
    loggingTargetBucket: logJ
      ? logJ.ref('target_bucket', ['aws_s3_bucket'], ['bucket'])
      : s.refOrNull('logging.target_bucket', ['aws_s3_bucket'], ['bucket'], 'server access logging is off'),
    objectLockEnabled: objectLock,
    lifecycleRuleCount: lcJ ? countBlocks(lcJ, 'rule') : countBlocks(s, 'lifecycle_rule'),
    replicationEnabled: repJ ? anyEnabled(repJ, 'rule') : anyEnabled(s, 'replication_configuration.rules'),
  };
  return ctx.resource(inst, 'aws.s3.bucket', undetermined(ctx, inst, props), props.bucketName);
}

/** The bucket properties each split resource type configures. */
const SPLIT: ReadonlyArray<[string, ReadonlyArray<keyof S3BucketProperties>]> = [
  ['aws_s3_bucket_public_access_block', ['publicAccessBlock']],
  ['aws_s3_bucket_acl', ['cannedAcl', 'grants']],
  ['aws_s3_bucket_ownership_controls', ['objectOwnership']],
  ['aws_s3_bucket_policy', ['policy']],
  ['aws_s3_bucket_server_side_encryption_configuration', ['encryptionAlgorithm', 'encryptionKmsKeyId']],
  ['aws_s3_bucket_versioning', ['versioningEnabled', 'mfaDeleteEnabled']],
  ['aws_s3_bucket_logging', ['loggingTargetBucket']],
  ['aws_s3_bucket_object_lock_configuration', ['objectLockEnabled']],
  ['aws_s3_bucket_lifecycle_configuration', ['lifecycleRuleCount']],
  ['aws_s3_bucket_replication_configuration', ['replicationEnabled']],
];

/**
 * A split resource whose `bucket` is an unset variable may configure this bucket: when none is joined
 * for certain, the values it governs are unknown rather than AWS defaults (which could read as a pass).
 */
function undetermined(ctx: AdaptContext, inst: TfResourceInstance, props: S3BucketProperties): S3BucketProperties {
  let out = props;
  for (const [type, keys] of SPLIT) {
    if (ctx.joined(inst, [type], 'bucket', ['bucket']).length > 0) continue;
    const j = ctx.undeterminedJoin(inst, type, 'bucket');
    if (!j) continue;
    const node = j.body.attrs['bucket']!;
    const u = unresolvable<never>(`${j.address} may apply to this bucket: its bucket is unknown (${node.t === 'unknown' ? node.reason : ''})`, rangeProv(node.range, 'bucket'));
    for (const k of keys) {
      const replaced = k === 'publicAccessBlock' ? { blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u } : u;
      out = { ...out, [k]: replaced };
    }
  }
  return out;
}

/** aws_s3_access_point, with a separate aws_s3control_access_point_policy joined by `access_point_arn`. */
function adaptAccessPoint(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const joined = ctx.joined(inst, ['aws_s3control_access_point_policy'], 'access_point_arn', ['arn'])[0];
  const props: S3AccessPointProperties = {
    accessPointName: s.str('name'),
    // A bucket of the configuration is named by its uid (as relations are); a literal by its name.
    bucketName: s.ref('bucket', ['aws_s3_bucket'], ['bucket', 'id']),
    networkOrigin: s.has('vpc_configuration') ? explicit('VPC', s.prov(s.node('vpc_configuration')!, 'vpc_configuration')) : defaulted('Internet', s.blockProv(), 'no vpc_configuration: reachable from the internet'),
    publicAccessBlock: s.has('public_access_block_configuration') ? pab(s, true, AP_PAB_DEFAULT, 'public_access_block_configuration.') : pabDefaulted(s.blockProv(), AP_PAB_DEFAULT),
    policy: joined ? ctx.scope(joined).policy('policy') : s.policy('policy', 'no access point policy'),
  };
  return ctx.resource(inst, 'aws.s3.access-point', props, s.str('name'));
}

const AP_PAB_DEFAULT = 'access points block all public access unless told otherwise';

function pabDefaulted(at: IacProvenance, reason: string): PublicAccessBlockSettings {
  const on = defaulted(true, at, reason);
  return { blockPublicAcls: on, ignorePublicAcls: on, blockPublicPolicy: on, restrictPublicBuckets: on };
}

/** aws_s3_bucket with its v4 split resources joined, aws_s3_account_public_access_block and aws_s3_access_point. */
export function adaptS3(ctx: AdaptContext): Resource[] {
  const buckets = ctx.each(['aws_s3_bucket'], (i) => adaptBucket(ctx, i));
  const account = ctx.each(['aws_s3_account_public_access_block'], (i) =>
    ctx.resource(i, 'aws.s3.account-public-access-block', pab(ctx.scope(i), false, PAB_OMITTED)),
  );
  const accessPoints = ctx.each(['aws_s3_access_point'], (i) => adaptAccessPoint(ctx, i));
  return [...buckets, ...account, ...accessPoints];
}
