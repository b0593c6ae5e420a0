import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable } from '../../../../model/core/index.js';
import type {
  DynamoDbTableProperties,
  EfsAccessPointProperties,
  EfsFileSystemProperties,
  EfsPosixUser,
  KmsKeyProperties,
  RdsClusterProperties,
  RdsInstanceProperties,
} from '../../../../model/aws/data.js';
import { rdsDefaultPort } from '../../../../model/aws/data.js';
import type { TfResourceInstance } from '../instance.js';
import type { Scope } from './scope.js';
import type { AdaptContext } from './context.js';
import { SG_TYPES } from './security-group.js';

/** What a KMS key reference may name (a key or an alias), and the literals that identify them. */
export const KMS = ['aws_kms_key', 'aws_kms_alias'];
export const KMS_LIT = ['key_id', 'name'];
const CLUSTER = ['aws_rds_cluster'];
const CLUSTER_LIT = ['cluster_identifier'];

function adaptDbInstance(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const clusterInst = inst.type === 'aws_rds_cluster_instance';
  const cluster = clusterInst ? ctx.findTarget(s.node('cluster_identifier'), inst, CLUSTER, CLUSTER_LIT) : undefined;
  const cs = cluster ? ctx.scope(cluster) : undefined;
  // Aurora instances store data in the cluster volume: encryption is the cluster's.
  const storageEncrypted = clusterInst
    ? cs
      ? cs.bool('storage_encrypted', false, 'Aurora cluster storage is unencrypted unless storage_encrypted = true')
      : unresolvable('encryption is set on the cluster, which is not in the configuration', s.blockProv())
    : s.has('replicate_source_db') && !s.has('storage_encrypted')
      ? unresolvable('a read replica inherits encryption from its source', s.blockProv())
      : s.bool('storage_encrypted', false, 'RDS storage is unencrypted unless storage_encrypted = true');
  const monitoring = s.num('monitoring_interval', 0);
  // An Aurora instance listens on its cluster's port.
  const portScope = clusterInst && cs ? cs : s;
  const props: RdsInstanceProperties = {
    engine: s.str('engine', undefined, 'no engine: taken from the snapshot or source database'),
    storageEncrypted,
    kmsKeyId: (cs && !s.has('kms_key_id') ? cs : s).refOrNull('kms_key_id', KMS, KMS_LIT),
    publiclyAccessible: s.bool('publicly_accessible', false),
    backupRetentionDays: clusterInst && cs ? cs.num('backup_retention_period', 1) : s.num('backup_retention_period', clusterInst ? undefined : 1),
    multiAz: s.bool('multi_az', false),
    deletionProtection: clusterInst && cs ? cs.bool('deletion_protection', false) : s.bool('deletion_protection', false),
    autoMinorVersionUpgrade: s.bool('auto_minor_version_upgrade', true),
    iamAuthentication: clusterInst && cs ? cs.bool('iam_database_authentication_enabled', false) : s.bool('iam_database_authentication_enabled', false),
    enhancedMonitoring: mapValue(monitoring, (m) => m > 0),
    cloudwatchLogsExports: clusterInst && cs ? cs.strList('enabled_cloudwatch_logs_exports') : s.strList('enabled_cloudwatch_logs_exports'),
    clusterId: clusterInst ? s.ref('cluster_identifier', CLUSTER, CLUSTER_LIT) : defaulted(null, s.blockProv()),
    securityGroups: s.refList('vpc_security_group_ids', SG_TYPES, ['name'], [], 'no security group set: AWS attaches the VPC default group'),
    masterUsername: clusterInst
      ? cs ? cs.str('master_username', undefined, 'the cluster has no master_username: it comes from a snapshot or source cluster') : unresolvable('the master user is set on the cluster, which is not in the configuration', s.blockProv())
      : s.str('username', undefined, 'no username: it comes from the snapshot or source database'),
    port: dbPort(portScope, portScope.str('engine', portScope === cs ? 'aurora' : undefined)),
    copyTagsToSnapshot: s.bool('copy_tags_to_snapshot', false),
  };
  return ctx.resource(inst, 'aws.rds.instance', props, s.str('identifier'));
}

/** The `port` attribute, or the engine's default port when none is set (unknown for an unknown engine). */
function dbPort(s: Scope, engine: Value<string>): Value<number> {
  if (s.has('port') || !isKnown(engine)) return s.num('port', undefined, 'neither port nor engine is known');
  const def = rdsDefaultPort(engine.value);
  return def === undefined ? unresolvable(`no default port known for engine ${engine.value}`, s.blockProv()) : defaulted(def, s.blockProv(), `the ${engine.value} default port`);
}

function adaptCluster(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const engineMode = s.str('engine_mode', 'provisioned');
  const serverlessV1 = engineMode.kind !== 'unresolvable' && engineMode.value === 'serverless';
  const props: RdsClusterProperties = {
    engine: s.str('engine', 'aurora', 'the provider default engine'),
    storageEncrypted: serverlessV1
      ? s.bool('storage_encrypted', true, 'Aurora Serverless v1 clusters are always encrypted')
      : s.bool('storage_encrypted', false, 'cluster storage is unencrypted unless storage_encrypted = true'),
    kmsKeyId: s.refOrNull('kms_key_id', KMS, KMS_LIT),
    backupRetentionDays: s.num('backup_retention_period', 1),
    deletionProtection: s.bool('deletion_protection', false),
    iamAuthentication: s.bool('iam_database_authentication_enabled', false),
    cloudwatchLogsExports: s.strList('enabled_cloudwatch_logs_exports'),
    masterUsername: s.str('master_username', undefined, 'no master_username: it comes from a snapshot or source cluster'),
    copyTagsToSnapshot: s.bool('copy_tags_to_snapshot', false),
    backtrackWindowSeconds: s.num('backtrack_window', 0, 'Backtrack is off unless backtrack_window is set'),
  };
  return ctx.resource(inst, 'aws.rds.cluster', props, s.str('cluster_identifier'));
}

function adaptEfs(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const pol = ctx.joined(inst, ['aws_efs_file_system_policy'], 'file_system_id', [])[0];
  const backup = ctx.joined(inst, ['aws_efs_backup_policy'], 'file_system_id', [])[0];
  const props: EfsFileSystemProperties = {
    encrypted: s.bool('encrypted', false, 'EFS file systems are unencrypted unless encrypted = true'),
    kmsKeyId: s.refOrNull('kms_key_id', KMS, KMS_LIT),
    policy: pol ? ctx.scope(pol).policy('policy') : defaulted(null, s.blockProv(), 'no file system policy: any client with network access and IAM permission can mount'),
    automaticBackups: backup
      ? mapValue(ctx.scope(backup).str('backup_policy.status', 'DISABLED'), (st) => st === 'ENABLED')
      : defaulted(false, s.blockProv(), 'no aws_efs_backup_policy: file systems created through the API have automatic backups off'),
  };
  return ctx.resource(inst, 'aws.efs.file-system', props, s.str('creation_token'));
}

function adaptEfsAccessPoint(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const uid = s.num('posix_user.uid', undefined, 'no posix_user');
  const gid = s.num('posix_user.gid', undefined, 'no posix_user');
  let posixUser: Value<EfsPosixUser | null>;
  if (!s.has('posix_user')) posixUser = defaulted(null, s.blockProv(), 'no posix_user: clients keep their own user ids');
  else if (!isKnown(uid)) posixUser = uid as Value<never>;
  else if (!isKnown(gid)) posixUser = gid as Value<never>;
  else posixUser = explicit({ uid: uid.value, gid: gid.value }, s.prov(s.node('posix_user')!, 'posix_user'));
  const props: EfsAccessPointProperties = {
    fileSystemId: s.ref('file_system_id', ['aws_efs_file_system'], ['id']),
    rootDirectoryPath: s.str('root_directory.path', '/', 'no root_directory: clients see the whole file system'),
    posixUser,
  };
  return ctx.resource(inst, 'aws.efs.access-point', props);
}

function adaptKey(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const kp = ctx.joined(inst, ['aws_kms_key_policy'], 'key_id', ['key_id'])[0];
  const spec = s.has('key_spec') ? s.str('key_spec') : s.str('customer_master_key_spec', 'SYMMETRIC_DEFAULT');
  const props: KmsKeyProperties = {
    keyManager: explicit('CUSTOMER', s.blockProv()),
    keySpec: spec,
    rotationEnabled: s.bool('enable_key_rotation', false, 'automatic rotation is off unless enable_key_rotation = true'),
    enabled: s.bool('is_enabled', true),
    pendingDeletion: defaulted(false, s.blockProv()),
    policy: kp
      ? ctx.scope(kp).policy('policy')
      : s.policy('policy', 'no policy set: AWS applies the default key policy (the account root may use the key)'),
  };
  return ctx.resource(inst, 'aws.kms.key', props, s.str('description'));
}

function adaptTable(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const sse = s.bool('server_side_encryption.enabled', false);
  let keyType: Value<string>;
  if (sse.kind === 'unresolvable') keyType = sse as Value<never>;
  else if (!sse.value) keyType = defaulted('AWS_OWNED', s.blockProv(), 'tables are encrypted with an AWS owned key unless server_side_encryption is enabled');
  else if (s.has('server_side_encryption.kms_key_arn')) {
    // Whatever the key turns out to be, setting one makes the table customer-managed.
    keyType = explicit('CUSTOMER_MANAGED', s.prov(s.node('server_side_encryption.kms_key_arn')!, 'server_side_encryption.kms_key_arn'));
  } else keyType = explicit('AWS_MANAGED', sse.source);
  const props: DynamoDbTableProperties = {
    encryptionKeyType: keyType,
    pointInTimeRecovery: s.bool('point_in_time_recovery.enabled', false),
    deletionProtection: s.bool('deletion_protection_enabled', false),
  };
  return ctx.resource(inst, 'aws.dynamodb.table', props, s.str('name'));
}

/** RDS instances (Aurora cluster instances included) and clusters, EFS, KMS keys and DynamoDB tables. */
export function adaptData(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(['aws_db_instance', 'aws_rds_cluster_instance'], (i) => adaptDbInstance(ctx, i)),
    ...ctx.each(['aws_rds_cluster'], (i) => adaptCluster(ctx, i)),
    ...ctx.each(['aws_efs_file_system'], (i) => adaptEfs(ctx, i)),
    ...ctx.each(['aws_efs_access_point'], (i) => adaptEfsAccessPoint(ctx, i)),
    ...ctx.each(['aws_kms_key'], (i) => adaptKey(ctx, i)),
    ...ctx.each(['aws_dynamodb_table'], (i) => adaptTable(ctx, i)),
  ];
}
