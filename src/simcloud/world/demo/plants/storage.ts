/**
 * Storage plants of the demo world (issue 4): resources added on top of the account files, each one a
 * misconfiguration the demo scan must report, listed in `expected`. The outside party throughout is one
 * vendor account that is not a member of the organization.
 */
import type { WorldInput } from '../../schema.js';
import { DEVELOPMENT } from '../accounts.js';
import { PRODUCTION } from '../production.js';
import { doc, goodBucket } from '../common.js';
import { append, findItem, serviceSection, type PlantFamily } from './merge.js';

const R = 'eu-west-1';
const VENDOR = '999988887777';
const VENDOR_ROOT = `arn:aws:iam::${VENDOR}:root`;
const PROD_KEY = `arn:aws:kms:${R}:${PRODUCTION}:key/1b3a4f5e-0000-4000-8000-000000000201`;
/** The AWS-managed aws/rds key of the production account, which an older database was created with. */
const PROD_AWS_RDS_KEY = '7e0a9d1c-0000-4000-8000-0000000002a5';

function buckets(world: WorldInput): void {
  // Open to the world for "convenience": every S3 action, TLS required but nobody named.
  append(world, DEVELOPMENT, 'global', 's3', 'Buckets', {
    Name: 'acme-dev-shared-assets',
    Region: R,
    Policy: doc([{ Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: ['arn:aws:s3:::acme-dev-shared-assets', 'arn:aws:s3:::acme-dev-shared-assets/*'], Condition: { Bool: { 'aws:SecureTransport': 'true' } } }]),
  });
  // Application logs kept forever: a log bucket without lifecycle rules.
  append(world, DEVELOPMENT, 'global', 's3', 'Buckets', {
    Name: 'acme-dev-app-logs',
    Region: R,
    PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  });
  // An analytics access point to customer data, created with public access allowed and a public policy;
  // beside it a VPC-only access point to the ledger, as access points should be.
  append(world, PRODUCTION, 'global', 's3', 'AccessPoints',
    {
      Name: 'exports-analytics', Bucket: 'acme-customer-exports', Region: R,
      PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false },
      Policy: doc([{ Sid: 'Dashboards', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:${R}:${PRODUCTION}:accesspoint/exports-analytics/object/*` }]),
    },
    { Name: 'ledger-internal', Bucket: 'acme-payments-ledger', Region: R, VpcConfiguration: { VpcId: 'vpc-prod' } },
  );
  // A well-kept bucket whose policy lets the vendor account read and list everything.
  const feed = 'acme-partner-feed';
  const base = goodBucket(feed, R, PROD_KEY);
  const statements = (JSON.parse(String(base['Policy'])) as { Statement: object[] }).Statement;
  append(world, PRODUCTION, 'global', 's3', 'Buckets', {
    ...base,
    Policy: doc([...statements, { Sid: 'VendorRead', Effect: 'Allow', Principal: { AWS: VENDOR_ROOT }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${feed}`, `arn:aws:s3:::${feed}/*`] }]),
  });
}

function keysAndMessaging(world: WorldInput): void {
  const vendorKey = '1b3a4f5e-0000-4000-8000-0000000002b1';
  append(world, PRODUCTION, R, 'kms', 'Keys',
    {
      KeyMetadata: { KeyId: vendorKey, Description: 'exports shared with the reporting vendor', KeyManager: 'CUSTOMER' },
      KeyRotationEnabled: true,
      Policy: doc([
        { Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PRODUCTION}:root` }, Action: 'kms:*', Resource: '*' },
        { Sid: 'Vendor', Effect: 'Allow', Principal: { AWS: VENDOR_ROOT }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' },
      ]),
    },
    {
      KeyMetadata: { KeyId: PROD_AWS_RDS_KEY, Description: 'Default key that protects my RDS database volumes when no other key is defined', KeyManager: 'AWS' },
      Policy: doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:ListGrants', 'kms:DescribeKey'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': `rds.${R}.amazonaws.com`, 'kms:CallerAccount': PRODUCTION } } }]),
    },
  );
  append(world, PRODUCTION, R, 'kms', 'Aliases', { AliasName: 'alias/vendor-exports', TargetKeyId: vendorKey }, { AliasName: 'alias/aws/rds', TargetKeyId: PROD_AWS_RDS_KEY });
  // Development's team key: every principal of the account may administer it.
  const devKey = '1b3a4f5e-0000-4000-8000-0000000003b1';
  append(world, DEVELOPMENT, R, 'kms', 'Keys', {
    KeyMetadata: { KeyId: devKey, Description: 'team sandbox key', KeyManager: 'CUSTOMER' },
    KeyRotationEnabled: true,
    Policy: doc([{ Sid: 'EveryoneInAccount', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': DEVELOPMENT } } }]),
  });

  const topic = `arn:aws:sns:${R}:${PRODUCTION}:partner-notifications`;
  append(world, PRODUCTION, R, 'sns', 'Topics',
    { TopicArn: topic, Attributes: { KmsMasterKeyId: PROD_KEY, Policy: doc([{ Sid: 'VendorSubscribe', Effect: 'Allow', Principal: { AWS: VENDOR_ROOT }, Action: 'sns:Subscribe', Resource: topic }]) } },
    { TopicArn: `arn:aws:sns:${R}:${PRODUCTION}:order-alerts`, Attributes: { KmsMasterKeyId: 'alias/aws/sns' } },
  );
  append(world, PRODUCTION, R, 'sqs', 'Queues', {
    QueueName: 'partner-inbound',
    Attributes: { SqsManagedSseEnabled: 'true', Policy: doc([{ Sid: 'VendorSend', Effect: 'Allow', Principal: { AWS: VENDOR_ROOT }, Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:${R}:${PRODUCTION}:partner-inbound` }]) },
  });
  append(world, PRODUCTION, R, 'secretsmanager', 'Secrets',
    { Name: 'partner-api-token', KmsKeyId: PROD_KEY, RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, CreatedDate: '2025-02-01T00:00:00Z', LastAccessedDate: '2026-11-20T00:00:00Z' },
    // Credentials of a decommissioned FTP integration, still valid, last read in the spring of 2025.
    { Name: 'legacy-ftp-credentials', KmsKeyId: PROD_KEY, RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, CreatedDate: '2023-04-01T00:00:00Z', LastAccessedDate: '2025-03-14T00:00:00Z' },
  );
  // The payments database password is read by the application every day.
  findItem(world, PRODUCTION, R, 'secretsmanager', 'Secrets', (s) => s['Name'] === 'payments-db-password')['LastAccessedDate'] = '2026-11-27T00:00:00Z';
  const policies = (serviceSection(world, PRODUCTION, R, 'secretsmanager')['ResourcePolicies'] ??= {}) as Record<string, string>;
  policies['partner-api-token'] = doc([{ Sid: 'VendorRead', Effect: 'Allow', Principal: { AWS: VENDOR_ROOT }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }]);
}

function snapshotsAndDatabases(world: WorldInput): void {
  append(world, PRODUCTION, R, 'ec2', 'Snapshots', { SnapshotId: 'snap-0vendorcopy00001', VolumeId: 'vol-0approot0000001', Encrypted: true, KmsKeyId: PROD_KEY, StartTime: '2026-09-01T00:00:00Z', VolumeSize: 50, CreateVolumePermissions: [{ UserId: VENDOR }] });
  append(world, PRODUCTION, R, 'ec2', 'Images', { ImageId: 'ami-0vendorshared001', Name: 'payments-appliance-2026', CreationDate: '2026-10-01T00:00:00.000Z', Public: false, LaunchPermissions: [{ UserId: VENDOR }], State: 'available' });
  append(world, PRODUCTION, R, 'rds', 'DBSnapshots', { DBSnapshotIdentifier: 'ledger-db-for-auditor', DBInstanceIdentifier: 'ledger-db', SnapshotType: 'manual', Encrypted: true, KmsKeyId: PROD_KEY, Engine: 'postgres' });
  const attrs = (serviceSection(world, PRODUCTION, R, 'rds')['DBSnapshotAttributes'] ??= {}) as Record<string, unknown>;
  attrs['ledger-db-for-auditor'] = [{ AttributeName: 'restore', AttributeValues: [VENDOR] }];
  // The shared uploads file system (no backup policy) gets a catch-all access point: root of the file
  // system, clients' own user ids; and a confined one for the thumbnail service.
  append(world, PRODUCTION, R, 'elasticfilesystem', 'AccessPoints',
    { AccessPointId: 'fsap-0uploadsall0001', FileSystemId: 'fs-0shared', Name: 'uploads-everything' },
    { AccessPointId: 'fsap-0thumbnails0001', FileSystemId: 'fs-0shared', Name: 'thumbnails', PosixUser: { Uid: 1001, Gid: 1001 }, RootDirectory: { Path: '/thumbnails' } },
  );
  append(world, PRODUCTION, R, 'rds', 'DBInstances', {
    DBInstanceIdentifier: 'reporting-db', Engine: 'postgres', StorageEncrypted: true, KmsKeyId: `arn:aws:kms:${R}:${PRODUCTION}:key/${PROD_AWS_RDS_KEY}`, PubliclyAccessible: false,
    BackupRetentionPeriod: 14, MultiAZ: true, DeletionProtection: true, IAMDatabaseAuthenticationEnabled: true, MonitoringInterval: 60, EnabledCloudwatchLogsExports: ['postgresql'],
    VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-prod-app', Status: 'active' }], MasterUsername: 'reporting_owner', Endpoint: { Address: 'reporting-db.c0demo0000.eu-west-1.rds.amazonaws.com', Port: 6432 }, CopyTagsToSnapshot: true,
  });
  // The well-run ledger database: its own master user, a non-default port, tags on its snapshots.
  Object.assign(findItem(world, PRODUCTION, R, 'rds', 'DBInstances', (d) => d['DBInstanceIdentifier'] === 'ledger-db'), {
    MasterUsername: 'ledger_owner', Endpoint: { Address: 'ledger-db.c0demo0000.eu-west-1.rds.amazonaws.com', Port: 6432 }, CopyTagsToSnapshot: true,
  });
  // An Aurora MySQL cluster created with the console's defaults: admin user, no Backtrack, untagged snapshots.
  append(world, PRODUCTION, R, 'rds', 'DBClusters', {
    DBClusterIdentifier: 'orders-aurora', Engine: 'aurora-mysql', StorageEncrypted: true, KmsKeyId: PROD_KEY, BackupRetentionPeriod: 14, DeletionProtection: true,
    IAMDatabaseAuthenticationEnabled: true, EnabledCloudwatchLogsExports: ['audit', 'error'], MasterUsername: 'admin', Port: 3306, CopyTagsToSnapshot: false,
  });
}

export const storagePlants: PlantFamily = {
  name: 'storage',
  plant(world) {
    buckets(world);
    keysAndMessaging(world);
    snapshotsAndDatabases(world);
  },
  expected: [
    ['aws-s3-bucket-policy-wildcard-public', DEVELOPMENT, 'acme-dev-shared-assets'],
    ['aws-s3-bucket-log-lifecycle', DEVELOPMENT, 'acme-dev-app-logs'],
    ['aws-s3-bucket-cross-account-read', PRODUCTION, 'acme-partner-feed'],
    ['aws-s3-bucket-sensitive-data-cmk', PRODUCTION, 'acme-customer-exports'],
    ['aws-s3-access-point-block-public-access', PRODUCTION, 'exports-analytics'],
    ['aws-s3-access-point-public-policy', PRODUCTION, 'exports-analytics'],
    ['aws-kms-key-cross-account', PRODUCTION, '0000000002b1'],
    ['aws-kms-key-policy-wildcard-admin', DEVELOPMENT, '0000000003b1'],
    ['aws-sns-topic-cross-account', PRODUCTION, 'partner-notifications'],
    ['aws-sns-topic-cmk', PRODUCTION, 'order-alerts'],
    ['aws-sqs-queue-cross-account', PRODUCTION, 'partner-inbound'],
    ['aws-sqs-queue-cmk', PRODUCTION, 'partner-inbound'],
    ['aws-secretsmanager-secret-cross-account', PRODUCTION, 'partner-api-token'],
    ['aws-secretsmanager-secret-cmk', PRODUCTION, 'payments-db-password'],
    ['aws-ec2-snapshot-cross-account', PRODUCTION, 'snap-0vendorcopy'],
    ['aws-ec2-ebs-volume-unattached', PRODUCTION, 'vol-0scratch'],
    ['aws-ec2-ami-cross-account', PRODUCTION, 'ami-0vendorshared'],
    ['aws-rds-snapshot-public', PRODUCTION, 'payments-db-final'],
    ['aws-rds-snapshot-encrypted', PRODUCTION, 'payments-db-final'],
    ['aws-rds-snapshot-cross-account', PRODUCTION, 'ledger-db-for-auditor'],
    ['aws-rds-instance-cmk', PRODUCTION, 'reporting-db'],
    ['aws-rds-instance-enhanced-monitoring', PRODUCTION, 'payments-db'],
    ['aws-rds-instance-log-exports', PRODUCTION, 'payments-db'],
    ['aws-dynamodb-table-deletion-protection', PRODUCTION, 'orders'],
    ['aws-efs-automatic-backups', PRODUCTION, 'fs-0shared'],
    ['aws-efs-access-point-root-directory', PRODUCTION, 'fsap-0uploadsall'],
    ['aws-efs-access-point-posix-user', PRODUCTION, 'fsap-0uploadsall'],
    ['aws-rds-instance-default-master-username', PRODUCTION, 'payments-db'],
    ['aws-rds-instance-default-port', PRODUCTION, 'payments-db'],
    ['aws-rds-instance-copy-tags-to-snapshot', PRODUCTION, 'payments-db'],
    ['aws-rds-cluster-default-master-username', PRODUCTION, 'orders-aurora'],
    ['aws-rds-cluster-copy-tags-to-snapshot', PRODUCTION, 'orders-aurora'],
    ['aws-rds-cluster-backtrack', PRODUCTION, 'orders-aurora'],
    ['aws-secretsmanager-secret-unused', PRODUCTION, 'legacy-ftp-credentials'],
  ],
};
