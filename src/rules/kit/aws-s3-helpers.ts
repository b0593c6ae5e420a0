/**
 * Helpers for S3 exposure rules, and for the resource-policy rules of other storage and messaging services
 * (KMS keys, SNS topics, SQS queues) that ask the same question: does this policy let anyone in?
 */
import { describeProvenance, isKnown, type Resource, type Value } from '../../model/core/index.js';
import type { AclGrant, PublicAccessBlockSettings } from '../../model/aws/s3.js';
import { asList, type PolicyDocument, type PolicyStatement } from '../../model/aws/policy.js';
import type { ResourceTypeMap } from '../../model/types.js';
import { hasNarrowingCondition, isAnyonePrincipal, statementCoversAction } from './aws-policy.js';
import { at, check, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

/** Canned ACLs that grant read (or more) to everyone or to every AWS account holder. */
export const PUBLIC_CANNED_ACLS: readonly string[] = ['public-read', 'public-read-write', 'authenticated-read'];

/** Whether a grant goes to the AllUsers or AuthenticatedUsers group (any AWS account is "the public" too). */
export function isPublicGrantee(g: AclGrant): boolean {
  return g.granteeType === 'Group' && (g.grantee === ALL_USERS_URI || g.grantee === AUTHENTICATED_USERS_URI);
}

/** Permissions that let the grantee change the bucket's content or its ACL. */
export const WRITE_PERMISSIONS: readonly AclGrant['permission'][] = ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'];

type Tri = boolean | undefined;

/**
 * Whether a public ACL on the bucket is moot: ACLs are disabled (BucketOwnerEnforced), or IgnorePublicAcls is on
 * for the bucket or for its account. Tri-state: undefined when a deciding value is unresolvable and nothing known overrides it.
 */
export function publicAclsNeutralised(bucket: Resource<'aws.s3.bucket', ResourceTypeMap['aws.s3.bucket']>, ctx: RuleContext): { moot: Tri; why: string } {
  const own = bucket.properties.objectOwnership;
  if (isKnown(own) && own.value === 'BucketOwnerEnforced') return { moot: true, why: 'ACLs are disabled (object ownership BucketOwnerEnforced)' };
  const ign = settingOn(bucket.properties.publicAccessBlock, 'ignorePublicAcls', bucket, ctx);
  if (ign.on === true) return { moot: true, why: `IgnorePublicAcls is on (${ign.where})` };
  if (!isKnown(own) || ign.on === undefined) return { moot: undefined, why: !isKnown(own) ? `object ownership is unresolvable: ${own.reason ?? ''}` : ign.where };
  return { moot: false, why: '' };
}

/**
 * A Block Public Access switch as in force for a bucket: on when the bucket's or its account's switch is on.
 * Account-level settings are matched by account id (both unknown in one IaC scan counts as the same account).
 */
export function settingOn(
  pab: PublicAccessBlockSettings,
  key: keyof PublicAccessBlockSettings,
  bucket: Resource,
  ctx: RuleContext,
): { on: Tri; where: string } {
  const v = pab[key];
  if (isKnown(v) && v.value) return { on: true, where: 'bucket setting' };
  const acct = ctx.inAccount('aws.s3.account-public-access-block', bucket.account);
  if (acct.some((a) => isKnown(a.properties[key]) && a.properties[key].value)) return { on: true, where: 'account setting' };
  if (!isKnown(v)) return { on: undefined, where: `bucket ${key} is unresolvable: ${v.reason ?? ''} (${describeProvenance(v.source)})` };
  return { on: false, where: '' };
}

/**
 * One outcome per Allow statement open to anyone without a narrowing condition, or one pass when there is none.
 * A null policy passes; an unresolvable one is unknown. `subject` names the resource in messages ("bucket").
 */
export function publicPolicyOutcomes(path: string, policy: Value<PolicyDocument | null>, subject: string): Outcome[] {
  const ev = evidence(path, policy as Value<unknown>);
  if (!isKnown(policy)) return [unknown(`${path} could not be determined: ${policy.reason ?? 'unresolvable'}`, ev)];
  if (policy.value === null) return [pass(`The ${subject} has no resource policy`, ev)];
  const out: Outcome[] = [];
  policy.value.Statement.forEach((st, i) => {
    if (st.Effect === 'Allow' && isAnyonePrincipal(st.Principal) && !hasNarrowingCondition(st)) {
      const acts = asList(st.Action ?? st.NotAction).join(', ');
      out.push(at(fail(`Statement[${i}]${st.Sid ? ` (${st.Sid})` : ''} allows anyone (${acts || 'no action'}) with no condition narrowing the caller`, ev), `Statement[${i}]`, policy.source));
    }
  });
  return out.length > 0 ? out : [pass(`No statement of the ${subject} policy allows anyone unconditionally`, ev)];
}

/** Representative S3 write and delete actions: a statement covering any of them can change or destroy data. */
export const S3_WRITE_ACTIONS: readonly string[] = [
  's3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectAcl', 's3:PutBucketPolicy', 's3:PutBucketAcl',
  's3:DeleteBucket', 's3:DeleteBucketPolicy', 's3:PutLifecycleConfiguration', 's3:PutBucketVersioning', 's3:PutObjectRetention',
];

/** Whether an Allow statement covers at least one S3 write/delete action. */
export function allowsS3Write(st: PolicyStatement): boolean {
  return st.Effect === 'Allow' && S3_WRITE_ACTIONS.some((a) => statementCoversAction(st, a));
}

/**
 * Stricter than a bare `aws:SecureTransport` match: the Deny must apply to everyone and cover object reads
 * and writes, or a statement denying only `s3:PutObject` without TLS would pass.
 */
export function deniesPlainHttpForObjects(doc: PolicyDocument): boolean {
  return doc.Statement.some((st) => {
    if (st.Effect !== 'Deny' || !st.Condition) return false;
    if (!(st.Principal === undefined || isAnyonePrincipal(st.Principal))) return false;
    if (!statementCoversAction(st, 's3:GetObject') || !statementCoversAction(st, 's3:PutObject')) return false;
    return Object.entries(st.Condition).some(([op, block]) => {
      if (!/^bool(ifexists)?$/i.test(op)) return false;
      const v = Object.entries(block).find(([k]) => k.toLowerCase() === 'aws:securetransport')?.[1];
      return (Array.isArray(v) ? v : [v]).some((x) => String(x).toLowerCase() === 'false');
    });
  });
}

/** What counts as exposure for an ACL rule (read rule vs write rule), and how to word it. */
export interface AclExposureSpec {
  readonly canned: (acl: string) => boolean;
  readonly grant: (g: AclGrant) => boolean;
  /** "public" or "public write": used in messages. */
  readonly what: string;
}

/**
 * Shared verdict of the public ACL rules: pass when nothing is exposed or ACLs are neutralised, fail when exposed
 * and not neutralised, unknown when either side depends on an unresolvable value. The finding points at the
 * canned ACL when it is the culprit (or unknown), else at the grants.
 */
export function judgeBucketAcl(bucket: Resource<'aws.s3.bucket', ResourceTypeMap['aws.s3.bucket']>, ctx: RuleContext, spec: AclExposureSpec): Outcome {
  const { cannedAcl, grants } = bucket.properties;
  const exposures: string[] = [];
  if (isKnown(cannedAcl) && spec.canned(cannedAcl.value)) exposures.push(`canned ACL ${cannedAcl.value}`);
  if (isKnown(grants)) for (const g of grants.value.filter(spec.grant)) exposures.push(`${g.permission} to ${g.grantee.split('/').pop() ?? g.grantee}`);
  const aclFirst = !isKnown(cannedAcl) || exposures.some((e) => e.startsWith('canned'));
  const ev = aclFirst ? [evidence('cannedAcl', cannedAcl), evidence('grants', grants)] : [evidence('grants', grants), evidence('cannedAcl', cannedAcl)];
  const undecided = !isKnown(cannedAcl) || !isKnown(grants);
  if (exposures.length === 0 && !undecided) return pass(`The bucket ACL grants no ${spec.what} access`, ...ev);
  const moot = publicAclsNeutralised(bucket, ctx);
  if (moot.moot === true) return pass(`Any public ACL is ineffective: ${moot.why}`, ...ev);
  if (exposures.length === 0) {
    const why = !isKnown(cannedAcl) ? `canned ACL: ${cannedAcl.reason ?? 'unresolvable'}` : `grants: ${grants.reason ?? 'unresolvable'}`;
    return unknown(`The bucket ACL could not be determined (${why}) and ACLs are not known to be neutralised`, ...ev);
  }
  if (moot.moot === undefined) return unknown(`The ACL grants ${spec.what} access (${exposures.join(', ')}) but whether ACLs are neutralised is unknown: ${moot.why}`, ...ev);
  return fail(`The bucket ACL grants ${spec.what} access: ${exposures.join(', ')}`, ...ev);
}

/** Keys that AWS manages (the `aws/s3` alias): encryption with them is not under the customer's control. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

/** Whether default encryption is SSE-KMS/DSSE-KMS with a customer-managed key (not SSE-S3, not aws/s3). */
export function customerKeyEncryption(bucket: Resource<'aws.s3.bucket', ResourceTypeMap['aws.s3.bucket']>): Outcome {
  const { encryptionAlgorithm: alg, encryptionKmsKeyId: key } = bucket.properties;
  const algo = check('encryptionAlgorithm', alg, (a) => a.startsWith('aws:kms'), { pass: '', fail: `Default encryption is ${String(alg.value)}, not SSE-KMS` });
  if (algo.status !== 'pass') return algo;
  const ev = [evidence('encryptionAlgorithm', alg), evidence('encryptionKmsKeyId', key)];
  if (!isKnown(key)) return unknown(`The KMS key of default encryption could not be determined: ${key.reason ?? 'unresolvable'}`, ...ev);
  if (key.value === null || AWS_MANAGED_ALIAS.test(key.value)) return fail('Default encryption uses the AWS-managed aws/s3 key, not a customer-managed key', ...ev);
  return pass(`Default encryption uses KMS key ${key.value}`, ...ev);
}

/** Tag keys and values that classify data as sensitive (personal, health, card or confidential data). */
const SENSITIVE_KEYS = /^(data[-_]?)?(classification|sensitivity|confidentiality)$/i;
const SENSITIVE_VALUES = /^(pii|phi|pci|confidential|restricted|sensitive|secret|highly[-_ ]?confidential)$/i;

/** The tag that marks a resource's data as sensitive, if any (`data-classification=pii`). */
export function sensitiveTag(tags: Readonly<Record<string, string>>): string | undefined {
  const hit = Object.entries(tags).find(([k, val]) => SENSITIVE_KEYS.test(k) && SENSITIVE_VALUES.test(val.trim()));
  return hit ? `${hit[0]}=${hit[1]}` : undefined;
}

/** Names and tags that mark a bucket as holding logs or backups (the data attackers erase first). */
const LOG_MARKER = /(^|[^a-z])(logs?|logging|audit|trail|cloudtrail|backups?|archive)([^a-z]|$)/i;
const LOG_MARKER_TAG_KEYS = /^(purpose|type|role|usage|data-?class(ification)?|content)$/i;

/**
 * Whether a bucket holds logs or backups: other buckets or trails deliver logs to it, or its name or tags
 * (Purpose, Type, Role, Usage, DataClassification) say so.
 */
export function isLogOrBackupBucket(bucket: Resource<'aws.s3.bucket', ResourceTypeMap['aws.s3.bucket']>, ctx: RuleContext): boolean {
  const name = bucket.properties.bucketName;
  const tags = isKnown(bucket.tags) ? bucket.tags.value : {};
  // An unresolvable name cannot mark the bucket; the resource's own (address) name still may.
  const names = [bucket.name, ...(isKnown(name) ? [name.value] : [])];
  const ids = [bucket.uid, ...(isKnown(name) ? [name.value] : [])];
  const target = ids.some((id) => ctx.referencing('aws.s3.bucket', 'loggingTargetBucket', id).length + ctx.referencing('aws.cloudtrail.trail', 's3BucketName', id).length > 0);
  return target || names.some((n) => LOG_MARKER.test(n)) || Object.entries(tags).some(([k, val]) => LOG_MARKER_TAG_KEYS.test(k) && LOG_MARKER.test(val));
}
