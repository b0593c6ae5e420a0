/**
 * A small S3 world for the S3 handler, S3 collector and S3 rules tests: buckets in three regions with planted
 * misconfigurations (public ACL, public policy, no public access block, no default encryption) next to
 * compliant ones (KMS, versioning with MFA delete, logging, object lock, TLS-only policy).
 */
import type { WorldInput } from '../../world/schema.js';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const KMS_KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

/** Credentials whose GetBucketPolicy is denied (partial-failure tests). */
export const NO_POLICY_READER = { accessKeyId: 'AKIAS3NOPOLICY000001', secretAccessKey: 'no-policy-secret' };

const publicReadPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-data-eu/*' }],
};

const tlsOnlyPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::acme-logs', 'arn:aws:s3:::acme-logs/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

/** `extra` more buckets (private, us-east-1) to make the listing span several pages. */
export function s3World(extra = 0): WorldInput {
  const owner = { ID: 'owner-canonical-id-111122223333', DisplayName: 'acme-prod' };
  const ownerGrant = { Grantee: { Type: 'CanonicalUser', ID: owner.ID, DisplayName: owner.DisplayName }, Permission: 'FULL_CONTROL' };
  return {
    accounts: [
      {
        id: ACCOUNT,
        name: 'acme-prod',
        services: {
          s3: {
            AccountPublicAccessBlock: null,
            Buckets: [
              {
                Name: 'acme-public-site',
                Region: 'us-east-1',
                CreationDate: '2021-03-04T05:06:07.000Z',
                Acl: { Owner: owner, Grants: [ownerGrant, { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' }] },
                OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
                Tags: [{ Key: 'team', Value: 'web' }],
              },
              {
                Name: 'acme-data-eu',
                Region: 'eu-west-1',
                Acl: { Owner: owner, Grants: [ownerGrant] },
                Policy: publicReadPolicy,
                Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KMS_KEY }, BucketKeyEnabled: true }] },
                Versioning: { Status: 'Enabled', MFADelete: 'Enabled' },
                Logging: { TargetBucket: 'acme-logs', TargetPrefix: 'data-eu/' },
                OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
              },
              {
                Name: 'acme-logs',
                Region: 'ap-southeast-2',
                Acl: { Owner: owner, Grants: [ownerGrant, { Grantee: { Type: 'Group', URI: LOG_DELIVERY }, Permission: 'WRITE' }, { Grantee: { Type: 'Group', URI: LOG_DELIVERY }, Permission: 'READ_ACP' }] },
                Policy: tlsOnlyPolicy,
                PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
                Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
                Versioning: { Status: 'Enabled' },
                ObjectLock: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 365 } } },
                Lifecycle: { Rules: [{ ID: 'expire-old', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 400 }, Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }] },
                OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
              },
              {
                Name: 'acme-backups',
                Region: 'eu-west-1',
                Acl: { Owner: owner, Grants: [ownerGrant] },
                Versioning: { Status: 'Suspended', MFADelete: 'Disabled' },
                Replication: {
                  Role: 'arn:aws:iam::111122223333:role/s3-replication',
                  Rules: [{ ID: 'to-dr', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::acme-backups-dr' } }],
                },
                Tags: [{ Key: 'purpose', Value: 'backup' }],
              },
              ...Array.from({ length: extra }, (_, i) => ({ Name: `acme-extra-${String(i).padStart(3, '0')}`, Region: 'us-east-1', Acl: { Owner: owner, Grants: [ownerGrant] } })),
            ],
          },
        },
      },
      { id: OTHER_ACCOUNT, name: 'acme-other', services: { s3: { Buckets: [{ Name: 'other-account-bucket', Region: 'us-east-1' }] } } },
    ],
    credentials: [{ ...NO_POLICY_READER, accountId: ACCOUNT, principal: 'user/auditor', denied: ['s3:GetBucketPolicy'] }],
  };
}
