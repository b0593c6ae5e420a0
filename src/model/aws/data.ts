import type { Resource, Value } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

export interface RdsInstanceProperties {
  readonly engine: Value<string>;
  readonly storageEncrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  readonly publiclyAccessible: Value<boolean>;
  readonly backupRetentionDays: Value<number>;
  readonly multiAz: Value<boolean>;
  readonly deletionProtection: Value<boolean>;
  readonly autoMinorVersionUpgrade: Value<boolean>;
  readonly iamAuthentication: Value<boolean>;
  readonly enhancedMonitoring: Value<boolean>;
  readonly cloudwatchLogsExports: Value<readonly string[]>;
  /** uid of the cluster when the instance belongs to one (Aurora), else null. */
  readonly clusterId: Value<string | null>;
  readonly securityGroups: Value<readonly string[]>;
}
export type RdsInstance = Resource<'aws.rds.instance', RdsInstanceProperties>;

export interface RdsClusterProperties {
  readonly engine: Value<string>;
  readonly storageEncrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  readonly backupRetentionDays: Value<number>;
  readonly deletionProtection: Value<boolean>;
  readonly iamAuthentication: Value<boolean>;
  readonly cloudwatchLogsExports: Value<readonly string[]>;
}
export type RdsCluster = Resource<'aws.rds.cluster', RdsClusterProperties>;

export interface EfsFileSystemProperties {
  readonly encrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  readonly policy: Value<PolicyDocument | null>;
}
export type EfsFileSystem = Resource<'aws.efs.file-system', EfsFileSystemProperties>;

export interface KmsKeyProperties {
  readonly keyManager: Value<'CUSTOMER' | 'AWS'>;
  /** SYMMETRIC_DEFAULT, RSA_2048, ... Rotation applies to symmetric keys only. */
  readonly keySpec: Value<string>;
  readonly rotationEnabled: Value<boolean>;
  readonly enabled: Value<boolean>;
  readonly pendingDeletion: Value<boolean>;
  readonly policy: Value<PolicyDocument | null>;
}
export type KmsKey = Resource<'aws.kms.key', KmsKeyProperties>;

export interface DynamoDbTableProperties {
  /** `AWS_OWNED` (default), `AWS_MANAGED` or `CUSTOMER_MANAGED`. */
  readonly encryptionKeyType: Value<string>;
  readonly pointInTimeRecovery: Value<boolean>;
  readonly deletionProtection: Value<boolean>;
}
export type DynamoDbTable = Resource<'aws.dynamodb.table', DynamoDbTableProperties>;

export interface SnsTopicProperties {
  readonly kmsKeyId: Value<string | null>;
  readonly policy: Value<PolicyDocument | null>;
}
export type SnsTopic = Resource<'aws.sns.topic', SnsTopicProperties>;

export interface SqsQueueProperties {
  readonly kmsKeyId: Value<string | null>;
  readonly sqsManagedSse: Value<boolean>;
  readonly policy: Value<PolicyDocument | null>;
}
export type SqsQueue = Resource<'aws.sqs.queue', SqsQueueProperties>;

export interface SecretProperties {
  readonly rotationEnabled: Value<boolean>;
  readonly rotationDays: Value<number | null>;
  readonly kmsKeyId: Value<string | null>;
  readonly policy: Value<PolicyDocument | null>;
}
export type Secret = Resource<'aws.secretsmanager.secret', SecretProperties>;

/**
 * An RDS DB snapshot or DB cluster snapshot (live discovery only: snapshots are not declared in IaC).
 * `public` and `sharedWithAccounts` come from the snapshot's `restore` attribute (`all` = public).
 */
export interface RdsSnapshotProperties {
  readonly engine: Value<string | null>;
  readonly encrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  /** True when the `restore` attribute lists `all`: any AWS account can copy or restore it. */
  readonly public: Value<boolean>;
  /** Account ids the snapshot is shared with (the `restore` attribute without `all`). */
  readonly sharedWithAccounts: Value<readonly string[]>;
  /** True for a DB cluster snapshot (Aurora / Multi-AZ cluster), false for a DB instance snapshot. */
  readonly clusterSnapshot: Value<boolean>;
  /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
  readonly snapshotType: Value<string>;
  /** uid (ARN) of the DB instance or cluster the snapshot was taken from. */
  readonly sourceId: Value<string | null>;
}
export type RdsSnapshot = Resource<'aws.rds.snapshot', RdsSnapshotProperties>;
