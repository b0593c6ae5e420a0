import type { DynamoDbTableProperties, EfsAccessPointProperties, EfsFileSystemProperties, EfsPosixUser, KmsKeyProperties, RdsClusterProperties, RdsInstanceProperties, SecretProperties, SnsTopicProperties, SqsQueueProperties } from '../../../../model/aws/data.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import { rdsDefaultPort } from '../../../../model/aws/data.js';
import { envelope, type Adapter } from './context.js';
import { Reader, nodeAt, refTarget, tagsOf } from './read.js';
import { joinedPolicies, mergePolicies, policyAt, targets } from './policy.js';
import { groupUids } from './security-group.js';

/**
 * Master user and port of a DB instance: its own, or (an Aurora instance, `cluster` given) its cluster's;
 * `cluster` null means the cluster is outside the template. An absent port is the engine's default.
 */
function userAndPort(rd: Reader, cluster: Reader | null | undefined): Pick<RdsInstanceProperties, 'masterUsername' | 'port'> {
  if (cluster === null) {
    const why = 'the instance takes its master user and port from a cluster outside this template';
    return { masterUsername: unresolvable(why, rd.block), port: unresolvable(why, rd.block) };
  }
  const from = cluster ?? rd;
  const engine = from.str('Engine', { unresolvable: 'the engine comes from a snapshot or cluster' });
  const def = isKnown(engine) ? rdsDefaultPort(engine.value) : undefined;
  return {
    masterUsername: from.str('MasterUsername', { unresolvable: 'no MasterUsername: it comes from a snapshot or source database' }),
    port: from.num('Port', def === undefined ? { unresolvable: 'neither Port nor a known engine is set' } : { value: def, reason: `the ${engine.value ?? ''} default port` }),
  };
}

/** AWS::RDS::DBInstance (an Aurora instance takes its encryption from its cluster). */
export const rdsInstance: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const clusterId = refTarget(nodeAt(r.props, 'DBClusterIdentifier'));
  const cluster = clusterId !== undefined ? ctx.byId(clusterId) : undefined;
  const storageEncrypted = rd.has('DBClusterIdentifier') && !rd.has('StorageEncrypted')
    ? cluster
      ? new Reader(ctx, cluster).bool('StorageEncrypted', false)
      : unresolvable<boolean>('the instance takes its encryption from a cluster outside this template', rd.block)
    : rd.bool('StorageEncrypted', false);
  const props: RdsInstanceProperties = {
    engine: rd.str('Engine', { unresolvable: 'the engine comes from a snapshot or cluster' }),
    storageEncrypted,
    kmsKeyId: rd.ref('KmsKeyId', { value: null }),
    publiclyAccessible: rd.bool('PubliclyAccessible', false, 'a DB instance in a VPC is private unless said otherwise'),
    backupRetentionDays: rd.num('BackupRetentionPeriod', { value: 1 }),
    multiAz: rd.bool('MultiAZ', false),
    deletionProtection: rd.bool('DeletionProtection', false),
    autoMinorVersionUpgrade: rd.bool('AutoMinorVersionUpgrade', true),
    iamAuthentication: rd.bool('EnableIAMDatabaseAuthentication', false),
    enhancedMonitoring: mapValue(rd.num('MonitoringInterval', { value: 0 }), (n) => n > 0),
    cloudwatchLogsExports: rd.strs('EnableCloudwatchLogsExports'),
    clusterId: rd.ref('DBClusterIdentifier', { value: null }),
    securityGroups: groupUids(rd, ['VPCSecurityGroups']),
    ...userAndPort(rd, rd.has('DBClusterIdentifier') ? (cluster ? new Reader(ctx, cluster) : null) : undefined),
    copyTagsToSnapshot: rd.bool('CopyTagsToSnapshot', false),
  };
  return envelope(ctx, r, 'aws.rds.instance', rd.str('DBInstanceIdentifier', { unresolvable: 'generated' }), tagsOf(rd), props);
};

/** AWS::RDS::DBCluster. */
export const rdsCluster: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: RdsClusterProperties = {
    engine: rd.str('Engine', { unresolvable: 'Engine is required' }),
    storageEncrypted: rd.bool('StorageEncrypted', false),
    kmsKeyId: rd.ref('KmsKeyId', { value: null }),
    backupRetentionDays: rd.num('BackupRetentionPeriod', { value: 1 }),
    deletionProtection: rd.bool('DeletionProtection', false),
    iamAuthentication: rd.bool('EnableIAMDatabaseAuthentication', false),
    cloudwatchLogsExports: rd.strs('EnableCloudwatchLogsExports'),
    masterUsername: rd.str('MasterUsername', { unresolvable: 'no MasterUsername: it comes from a snapshot or source cluster' }),
    copyTagsToSnapshot: rd.bool('CopyTagsToSnapshot', false),
    backtrackWindowSeconds: rd.num('BacktrackWindow', { value: 0, reason: 'Backtrack is off unless BacktrackWindow is set' }),
  };
  return envelope(ctx, r, 'aws.rds.cluster', rd.str('DBClusterIdentifier', { unresolvable: 'generated' }), tagsOf(rd), props);
};

/** AWS::EFS::FileSystem. */
export const efsFileSystem: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: EfsFileSystemProperties = {
    encrypted: rd.bool('Encrypted', false),
    kmsKeyId: rd.ref('KmsKeyId', { value: null }),
    policy: policyAt(rd, 'FileSystemPolicy'),
    automaticBackups: mapValue(rd.str('BackupPolicy.Status', { value: 'DISABLED', reason: 'no BackupPolicy: automatic backups are off' }), (st) => st === 'ENABLED'),
  };
  return envelope(ctx, r, 'aws.efs.file-system', explicit(r.logicalId), tagsOf(rd, 'FileSystemTags'), props);
};

/** AWS::KMS::Key. */
export const kmsKey: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: KmsKeyProperties = {
    keyManager: defaulted('CUSTOMER', rd.block, 'a template creates customer-managed keys'),
    keySpec: rd.str('KeySpec', { value: 'SYMMETRIC_DEFAULT' }),
    rotationEnabled: rd.bool('EnableKeyRotation', false),
    enabled: rd.bool('Enabled', true),
    pendingDeletion: defaulted(false, rd.block),
    policy: policyAt(rd, 'KeyPolicy'),
  };
  return envelope(ctx, r, 'aws.kms.key', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::DynamoDB::Table. */
export const dynamoTable: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const sse = rd.bool('SSESpecification.SSEEnabled', false);
  const keyType: Value<string> =
    sse.value === true
      ? rd.has('SSESpecification.KMSMasterKeyId')
        ? mapValue(rd.ref('SSESpecification.KMSMasterKeyId', { value: null }), () => 'CUSTOMER_MANAGED')
        : mapValue(sse, () => 'AWS_MANAGED')
      : mapValue(sse, () => 'AWS_OWNED');
  const props: DynamoDbTableProperties = {
    encryptionKeyType: keyType,
    pointInTimeRecovery: rd.bool('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', false),
    deletionProtection: rd.bool('DeletionProtectionEnabled', false),
  };
  return envelope(ctx, r, 'aws.dynamodb.table', rd.str('TableName', { unresolvable: 'generated' }), tagsOf(rd), props);
};

/** AWS::SNS::Topic, with AWS::SNS::TopicPolicy resources joined by `Topics`. */
export const snsTopic: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const name = rd.str('TopicName', { unresolvable: 'generated' });
  const props: SnsTopicProperties = {
    kmsKeyId: rd.ref('KmsMasterKeyId', { value: null }),
    policy: mergePolicies(joinedPolicies(ctx, 'AWS::SNS::TopicPolicy', 'Topics', 'PolicyDocument', r.logicalId, name.value), rd.block),
  };
  return envelope(ctx, r, 'aws.sns.topic', name, tagsOf(rd), props);
};

/** AWS::SQS::Queue, with AWS::SQS::QueuePolicy resources joined by `Queues`. */
export const sqsQueue: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const name = rd.str('QueueName', { unresolvable: 'generated' });
  const kms = rd.ref('KmsMasterKeyId', { value: null });
  const props: SqsQueueProperties = {
    kmsKeyId: kms,
    sqsManagedSse: rd.has('KmsMasterKeyId') && !rd.has('SqsManagedSseEnabled') ? defaulted(false, rd.block, 'the queue uses SSE-KMS') : rd.bool('SqsManagedSseEnabled', true, 'SQS encrypts new queues with SSE-SQS by default'),
    policy: mergePolicies(joinedPolicies(ctx, 'AWS::SQS::QueuePolicy', 'Queues', 'PolicyDocument', r.logicalId, name.value), rd.block),
  };
  return envelope(ctx, r, 'aws.sqs.queue', name, tagsOf(rd), props);
};

/** AWS::SecretsManager::Secret, with RotationSchedule and ResourcePolicy resources joined by `SecretId`. */
export const secret: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const name = rd.str('Name', { unresolvable: 'generated' });
  const schedules = ctx.ofType('AWS::SecretsManager::RotationSchedule').filter((s) => targets(nodeAt(s.props, 'SecretId'), r.logicalId, name.value, ctx));
  const sr = schedules[0] ? new Reader(ctx, schedules[0]) : undefined;
  const days: Value<number | null> = sr
    ? sr.has('RotationRules.AutomaticallyAfterDays')
      ? sr.num('RotationRules.AutomaticallyAfterDays', { value: 0 })
      : sr.has('RotationRules.ScheduleExpression')
        ? sr.get('RotationRules.ScheduleExpression', (n) => ({ ok: true, value: daysOf(String(n.t === 'scalar' ? n.value : '')) }), { value: null })
        : defaulted(null, sr.block)
    : defaulted(null, rd.block);
  const props: SecretProperties = {
    rotationEnabled: sr ? explicit(true, sr.block) : defaulted(false, rd.block, 'no RotationSchedule names the secret'),
    rotationDays: days,
    kmsKeyId: rd.ref('KmsKeyId', { value: null }),
    policy: mergePolicies(joinedPolicies(ctx, 'AWS::SecretsManager::ResourcePolicy', 'SecretId', 'ResourcePolicy', r.logicalId, name.value), rd.block),
    // Usage exists only once the secret is deployed and read.
    createdAt: unresolvable('known only for a deployed secret', rd.block),
    lastAccessedAt: unresolvable('known only for a deployed secret', rd.block),
  };
  return envelope(ctx, r, 'aws.secretsmanager.secret', name, tagsOf(rd), props);
};

/** `rate(30 days)` → 30; a cron expression has no simple period (null). */
function daysOf(expr: string): number | null {
  const m = /^rate\((\d+)\s+(day|days|hour|hours)\)$/.exec(expr.trim());
  if (!m) return null;
  return m[2]!.startsWith('hour') ? Number(m[1]) / 24 : Number(m[1]);
}

/** AWS::EFS::AccessPoint. */
export const efsAccessPoint: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const uid = rd.num('PosixUser.Uid', { unresolvable: 'PosixUser has no Uid' });
  const gid = rd.num('PosixUser.Gid', { unresolvable: 'PosixUser has no Gid' });
  const posixUser: Value<EfsPosixUser | null> = !rd.has('PosixUser')
    ? defaulted(null, rd.block, 'no PosixUser: clients keep their own user ids')
    : !isKnown(uid) ? (uid as Value<never>) : !isKnown(gid) ? (gid as Value<never>) : explicit({ uid: uid.value, gid: gid.value }, uid.source);
  const props: EfsAccessPointProperties = {
    fileSystemId: mapValue(rd.ref('FileSystemId', { unresolvable: 'FileSystemId is required' }), (id) => id ?? ''),
    rootDirectoryPath: rd.str('RootDirectory.Path', { value: '/', reason: 'no RootDirectory: clients see the whole file system' }),
    posixUser,
  };
  return envelope(ctx, r, 'aws.efs.access-point', explicit(r.logicalId), tagsOf(rd, 'AccessPointTags'), props);
};
