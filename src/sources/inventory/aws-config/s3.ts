import type { AclGrant, S3Bucket } from '../../../model/aws/s3.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../model/aws/policy.js';
import { fromItem } from './build.js';
import { ItemReader, bool, field, str, type ConfigItem } from './item.js';

const GROUPS: Record<string, string> = {
  allusers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  authenticatedusers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  logdelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
};
const PERMISSIONS: Record<string, AclGrant['permission']> = {
  read: 'READ', write: 'WRITE', fullcontrol: 'FULL_CONTROL', full_control: 'FULL_CONTROL', readacp: 'READ_ACP', read_acp: 'READ_ACP', writeacp: 'WRITE_ACP', write_acp: 'WRITE_ACP',
};

/** Config's AccessControlList grants: grantee is a group name, `{id}` or `{emailAddress}`; permission in Pascal case. */
function grants(acl: unknown): AclGrant[] | undefined {
  const list = field(acl, 'grantList') ?? field(acl, 'grants');
  if (!Array.isArray(list)) return undefined;
  const out: AclGrant[] = [];
  for (const g of list) {
    const grantee = field(g, 'grantee');
    const permission = PERMISSIONS[String(field(g, 'permission') ?? '').toLowerCase()];
    if (!permission) continue;
    if (typeof grantee === 'string') {
      const uri = GROUPS[grantee.toLowerCase()] ?? (grantee.startsWith('http') ? grantee : undefined);
      if (uri) out.push({ grantee: uri, granteeType: 'Group', permission });
      continue;
    }
    const uri = str(field(grantee, 'uri'));
    const id = str(field(grantee, 'id'));
    const email = str(field(grantee, 'emailAddress'));
    if (uri) out.push({ grantee: uri, granteeType: 'Group', permission });
    else if (id) out.push({ grantee: id, granteeType: 'CanonicalUser', permission });
    else if (email) out.push({ grantee: email, granteeType: 'AmazonCustomerByEmail', permission });
  }
  return out;
}

function policy(text: unknown): PolicyDocument | null | undefined {
  if (text === null || text === undefined) return undefined;
  const parsed = parsePolicyDocument(typeof text === 'string' ? text : JSON.stringify(text));
  return parsed.ok ? parsed.document : undefined;
}

/** AWS::S3::Bucket: the bucket is in `configuration`, its settings in `supplementaryConfiguration`. */
export function adaptBucket(item: ConfigItem): S3Bucket {
  const r = new ItemReader(item);
  const sup = item.supplementary;
  const pab = field(sup, 'PublicAccessBlockConfiguration');
  const pabFlag = (k: string) =>
    pab === undefined || pab === null
      ? r.absent(false, 'no PublicAccessBlockConfiguration recorded: the bucket has no bucket-level block')
      : r.get(`supplementary.PublicAccessBlockConfiguration.${k}`, bool, { value: false, reason: `${k} not set in the recorded block` });
  const sse = field(sup, 'ServerSideEncryptionConfiguration.rules.0.applyServerSideEncryptionByDefault');
  const policyText = field(sup, 'BucketPolicy.policyText');
  const versioning = str(field(sup, 'BucketVersioningConfiguration.status'));
  const logging = str(field(sup, 'BucketLoggingConfiguration.destinationBucketName'));
  const lock = field(sup, 'ObjectLockConfiguration.objectLockEnabled') ?? field(item.configuration, 'objectLockEnabled');
  const lifecycle = field(sup, 'BucketLifecycleConfiguration.rules');
  const replication = field(sup, 'BucketReplicationConfiguration.rules');
  const acl = field(sup, 'AccessControlList');
  const ownership = str(field(sup, 'BucketOwnershipControls.rules.0.objectOwnership')) ?? str(field(sup, 'OwnershipControls.rules.0.objectOwnership'));
  const parsedPolicy = policy(policyText);
  const recordedGrants = acl === undefined ? undefined : grants(acl);
  const owner = str(field(acl, 'owner.id'));
  // With BucketOwnerEnforced, S3 reports only the owner's FULL_CONTROL grant: any other recorded grant
  // proves ACLs are in force, even though Config does not record the ownership setting itself.
  const aclsInForce = recordedGrants?.some((g) => !(g.granteeType === 'CanonicalUser' && g.grantee === owner));
  return fromItem(item, 'aws.s3.bucket', item.arn ?? `arn:aws:s3:::${item.resourceId}`, {
    bucketName: r.known(item.resourceName ?? item.resourceId),
    cannedAcl:
      recordedGrants !== undefined
        ? r.absent('private', 'Config records the effective grants (a canned ACL expands into them), which are judged instead')
        : r.notRecorded('the bucket ACL'),
    grants: recordedGrants !== undefined ? r.known(recordedGrants) : r.notRecorded('AccessControlList grants'),
    objectOwnership: ownership
      ? r.known(ownership)
      : aclsInForce
        ? r.absent('BucketOwnerPreferred', 'inferred: the recorded ACL grants access beyond the owner, which BucketOwnerEnforced would not allow')
        : r.notRecorded('object ownership'),
    publicAccessBlock: {
      blockPublicAcls: pabFlag('blockPublicAcls'),
      ignorePublicAcls: pabFlag('ignorePublicAcls'),
      blockPublicPolicy: pabFlag('blockPublicPolicy'),
      restrictPublicBuckets: pabFlag('restrictPublicBuckets'),
    },
    policy:
      policyText === undefined || policyText === null
        ? r.absent(null, 'no bucket policy recorded')
        : parsedPolicy
          ? r.known(parsedPolicy)
          : r.notRecorded('a parsable bucket policy'),
    encryptionAlgorithm: sse ? r.get('supplementary.ServerSideEncryptionConfiguration.rules.0.applyServerSideEncryptionByDefault.sseAlgorithm', str) : r.absent('AES256', 'no default encryption recorded: S3 applies SSE-S3 to new objects'),
    encryptionKmsKeyId: sse ? r.known(str(field(sse, 'kmsMasterKeyID')) ?? null) : r.absent(null, 'no default encryption recorded'),
    versioningEnabled: versioning ? r.known(versioning === 'Enabled') : r.absent(false, 'no versioning status recorded'),
    mfaDeleteEnabled: r.get('supplementary.BucketVersioningConfiguration.isMfaDeleteEnabled', bool, { value: false, reason: 'MFA delete not recorded as enabled' }),
    loggingTargetBucket: logging ? r.known(logging) : r.absent(null, 'no logging destination recorded'),
    objectLockEnabled: lock === undefined ? r.notRecorded('object lock') : r.known(lock === true || String(lock).toLowerCase() === 'enabled'),
    lifecycleRuleCount: Array.isArray(lifecycle) ? r.known(lifecycle.length) : r.absent(0, 'no lifecycle configuration recorded'),
    replicationEnabled: Array.isArray(replication) ? r.known(replication.length > 0) : r.absent(false, 'no replication configuration recorded'),
  });
}

