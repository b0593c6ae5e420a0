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
  /** Master user name (an Aurora instance reports its cluster's). */
  readonly masterUsername: Value<string>;
  /** Port the instance listens on (the endpoint port; the engine's default port when IaC sets none). */
  readonly port: Value<number>;
  /** Whether tags are copied to the instance's snapshots (so they keep their owner and classification). */
  readonly copyTagsToSnapshot: Value<boolean>;
}
export type RdsInstance = Resource<'aws.rds.instance', RdsInstanceProperties>;

/** The port each RDS engine family listens on unless told otherwise (what scanners try first). */
export function rdsDefaultPort(engine: string): number | undefined {
  const e = engine.toLowerCase();
  if (/^(aurora-postgresql|postgres)/.test(e)) return 5432;
  if (/^(aurora|aurora-mysql|mysql|mariadb)/.test(e)) return 3306;
  if (e.startsWith('oracle')) return 1521;
  if (e.startsWith('sqlserver')) return 1433;
  if (e.startsWith('db2')) return 50000;
  return undefined;
}

export interface RdsClusterProperties {
  readonly engine: Value<string>;
  readonly storageEncrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  readonly backupRetentionDays: Value<number>;
  readonly deletionProtection: Value<boolean>;
  readonly iamAuthentication: Value<boolean>;
  readonly cloudwatchLogsExports: Value<readonly string[]>;
  readonly masterUsername: Value<string>;
  readonly copyTagsToSnapshot: Value<boolean>;
  /** Aurora MySQL Backtrack target window in seconds; 0 when Backtrack is off (or the engine has none). */
  readonly backtrackWindowSeconds: Value<number>;
}
export type RdsCluster = Resource<'aws.rds.cluster', RdsClusterProperties>;

export interface EfsFileSystemProperties {
  readonly encrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  readonly policy: Value<PolicyDocument | null>;
  /** Whether AWS Backup's automatic daily backups are on (the file system's backup policy is ENABLED). */
  readonly automaticBackups: Value<boolean>;
}
export type EfsFileSystem = Resource<'aws.efs.file-system', EfsFileSystemProperties>;

/** The POSIX identity an EFS access point imposes on every request through it. */
export interface EfsPosixUser {
  readonly uid: number;
  readonly gid: number;
}

/** An EFS access point: an application-specific entry into a file system. */
export interface EfsAccessPointProperties {
  /** uid of the file system the access point belongs to. */
  readonly fileSystemId: Value<string>;
  /** The directory clients see as `/`; `/` itself exposes the whole file system. */
  readonly rootDirectoryPath: Value<string>;
  /** The enforced user identity, or null when clients' own user ids are used. */
  readonly posixUser: Value<EfsPosixUser | null>;
}
export type EfsAccessPoint = Resource<'aws.efs.access-point', EfsAccessPointProperties>;

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
  /** ISO-8601 creation time. Live only: IaC leaves it unresolvable (known after deploy). */
  readonly createdAt: Value<string | null>;
  /**
   * ISO-8601 date the secret was last read (Secrets Manager keeps the day only), null when never read.
   * Live only: IaC leaves it unresolvable.
   */
  readonly lastAccessedAt: Value<string | null>;
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
