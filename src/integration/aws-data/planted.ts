/**
 * The planted data world shared by the rule-level integration tests: for each data rule, one resource that must
 * fail and a compliant twin that must pass, and the collectors that discover them.
 */
import dynamodb from '../../sources/live/aws/collectors/dynamodb.js';
import efs from '../../sources/live/aws/collectors/elasticfilesystem.js';
import kms from '../../sources/live/aws/collectors/kms.js';
import rds from '../../sources/live/aws/collectors/rds.js';
import secretsmanager from '../../sources/live/aws/collectors/secretsmanager.js';
import sns from '../../sources/live/aws/collectors/sns.js';
import sqs from '../../sources/live/aws/collectors/sqs.js';
import { ACCOUNT, REGION, accountPolicy, publicPolicy } from './world.js';

/** The collectors whose resources the data rules judge. */
export const DATA_COLLECTORS = [rds, efs, dynamodb, sns, sqs, secretsmanager, kms] as const;

const rdsArn = (kind: string, id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:${kind}:${id}`;
const topicArn = (n: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${n}`;
const queueArn = (n: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${n}`;
/** Secrets Manager records the day of the last read; the rules judge against the real clock here. */
const RECENTLY = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10) + 'T00:00:00Z';
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;

const goodDb = { Engine: 'postgres', StorageEncrypted: true, KmsKeyId: keyArn('rds'), PubliclyAccessible: false, BackupRetentionPeriod: 14, MultiAZ: true, DeletionProtection: true, AutoMinorVersionUpgrade: true, IAMDatabaseAuthenticationEnabled: true, MonitoringInterval: 60, MasterUsername: 'ledger_owner', Endpoint: { Address: 'good-db.example', Port: 6432 }, CopyTagsToSnapshot: true, EnabledCloudwatchLogsExports: ['postgresql'] };
const badDb = { Engine: 'postgres', StorageEncrypted: false, PubliclyAccessible: true, BackupRetentionPeriod: 1, MultiAZ: false, DeletionProtection: false, AutoMinorVersionUpgrade: false, IAMDatabaseAuthenticationEnabled: false, MonitoringInterval: 0 };
const goodCluster = { Engine: 'aurora-postgresql', StorageEncrypted: true, BackupRetentionPeriod: 14, DeletionProtection: true, IAMDatabaseAuthenticationEnabled: true, EnabledCloudwatchLogsExports: ['postgresql'], MasterUsername: 'orders_owner', CopyTagsToSnapshot: true };
const badCluster = { Engine: 'aurora-postgresql', StorageEncrypted: false, BackupRetentionPeriod: 1, DeletionProtection: false };

/** One account-region with a misconfigured and a compliant resource per rule family. */
export const WORLD = {
  rds: {
    DBInstances: [
      { DBInstanceIdentifier: 'open-db', DBInstanceArn: rdsArn('db', 'open-db'), ...badDb },
      { DBInstanceIdentifier: 'good-db', DBInstanceArn: rdsArn('db', 'good-db'), ...goodDb },
    ],
    DBClusters: [
      { DBClusterIdentifier: 'bad-cluster', DBClusterArn: rdsArn('cluster', 'bad-cluster'), ...badCluster },
      { DBClusterIdentifier: 'good-cluster', DBClusterArn: rdsArn('cluster', 'good-cluster'), ...goodCluster },
    ],
  },
  elasticfilesystem: {
    FileSystems: [
      { FileSystemId: 'fs-plain', Name: 'fs-plain', CreationToken: 'a', CreationTime: '2026-01-01T00:00:00Z', LifeCycleState: 'available', NumberOfMountTargets: 0, SizeInBytes: { Value: 0 }, PerformanceMode: 'generalPurpose', Encrypted: false, Tags: [] },
      { FileSystemId: 'fs-enc', Name: 'fs-enc', CreationToken: 'b', CreationTime: '2026-01-01T00:00:00Z', LifeCycleState: 'available', NumberOfMountTargets: 0, SizeInBytes: { Value: 0 }, PerformanceMode: 'generalPurpose', Encrypted: true, KmsKeyId: keyArn('efs'), Tags: [] },
    ],
    BackupPolicies: { 'fs-enc': { Status: 'ENABLED' } },
  },
  dynamodb: {
    Tables: [
      { TableName: 'orders', TableArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`, TableStatus: 'ACTIVE' },
      { TableName: 'payments', TableArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/payments`, TableStatus: 'ACTIVE', SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: keyArn('cmk') } },
    ],
    ContinuousBackups: { payments: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' } } },
  },
  kms: { Keys: ['cmk', 'rds', 'efs'].map((KeyId) => ({ KeyMetadata: { KeyId, KeyManager: 'CUSTOMER' }, KeyRotationEnabled: true })), Aliases: [] },
  sns: {
    Topics: [
      { TopicArn: topicArn('alerts'), Attributes: { Policy: publicPolicy('sns:Publish', topicArn('alerts')) } },
      { TopicArn: topicArn('billing'), Attributes: { KmsMasterKeyId: 'alias/aws/sns', Policy: accountPolicy('sns:Publish', topicArn('billing')) } },
    ],
  },
  sqs: {
    Queues: [
      { QueueName: 'jobs', Attributes: { SqsManagedSseEnabled: 'false', Policy: publicPolicy('sqs:SendMessage', queueArn('jobs')) } },
      { QueueName: 'private', Attributes: { SqsManagedSseEnabled: 'true', Policy: accountPolicy('sqs:SendMessage', queueArn('private')) } },
    ],
  },
  secretsmanager: {
    Secrets: [
      { ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-password-AbCdEf`, Name: 'db-password', RotationEnabled: false },
      { ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:api-key-AbCdEf`, Name: 'api-key', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, LastAccessedDate: RECENTLY },
    ],
  },
};

/** The planted verdicts: rule id → resource name → status. */
export const EXPECTED: Record<string, Record<string, 'pass' | 'fail'>> = {
  'aws-rds-instance-public': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-encrypted': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-backup-retention': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-multi-az': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-deletion-protection': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-auto-minor-upgrade': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-iam-auth': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-cluster-encrypted': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-rds-cluster-backup-retention': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-rds-cluster-deletion-protection': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-efs-encrypted': { 'fs-plain': 'fail', 'fs-enc': 'pass' },
  'aws-dynamodb-table-pitr': { orders: 'fail', payments: 'pass' },
  'aws-dynamodb-table-cmk': { orders: 'fail', payments: 'pass' },
  'aws-sns-topic-encrypted': { alerts: 'fail', billing: 'pass' },
  'aws-sns-topic-public-policy': { alerts: 'fail', billing: 'pass' },
  'aws-sqs-queue-encrypted': { jobs: 'fail', private: 'pass' },
  'aws-sqs-queue-public-policy': { jobs: 'fail', private: 'pass' },
  'aws-secretsmanager-secret-rotation': { 'db-password': 'fail', 'api-key': 'pass' },
  'aws-rds-instance-cmk': { 'good-db': 'pass' },
  'aws-rds-instance-enhanced-monitoring': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-log-exports': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-default-master-username': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-default-port': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-rds-instance-copy-tags-to-snapshot': { 'open-db': 'fail', 'good-db': 'pass' },
  'aws-dynamodb-table-deletion-protection': { orders: 'fail' },
  'aws-sns-topic-cmk': { billing: 'fail' },
  'aws-sqs-queue-cmk': { private: 'fail' },
  'aws-efs-automatic-backups': { 'fs-plain': 'fail', 'fs-enc': 'pass' },
  'aws-rds-cluster-iam-auth': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-rds-cluster-log-exports': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-rds-cluster-default-master-username': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-rds-cluster-copy-tags-to-snapshot': { 'bad-cluster': 'fail', 'good-cluster': 'pass' },
  'aws-secretsmanager-secret-cmk': { 'db-password': 'fail' },
  'aws-secretsmanager-secret-unused': { 'db-password': 'fail', 'api-key': 'pass' },
  'aws-secretsmanager-secret-rotation-period': { 'api-key': 'pass' },
};

