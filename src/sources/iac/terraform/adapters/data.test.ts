import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('RDS instance defaults: private, unencrypted, one day of backups', () => {
  const b = new TfBuilder();
  b.resource('aws_db_instance', 'db', { identifier: 'db', engine: 'postgres', instance_class: 'db.t3.micro' });
  const p = propsOf(b, 'aws.rds.instance', 'aws_db_instance.db');
  assert.deepEqual(
    [p.publiclyAccessible.value, p.storageEncrypted.value, p.backupRetentionDays.value, p.multiAz.value, p.deletionProtection.value, p.autoMinorVersionUpgrade.value, p.iamAuthentication.value, p.enhancedMonitoring.value, p.clusterId.value],
    [false, false, 1, false, false, true, false, false, null],
  );
  assert.equal(p.resource.name, 'db');
});

test('Aurora cluster instances take encryption from the cluster', () => {
  const b = new TfBuilder();
  b.resource('aws_rds_cluster', 'c', { cluster_identifier: 'c', engine: 'aurora-postgresql', storage_encrypted: true, backup_retention_period: 7 });
  b.resource('aws_rds_cluster_instance', 'i', { cluster_identifier: 'c', engine: 'aurora-postgresql', instance_class: 'db.r6g.large', publicly_accessible: true, monitoring_interval: 60 });
  const i = propsOf(b, 'aws.rds.instance', 'aws_rds_cluster_instance.i');
  assert.equal(i.storageEncrypted.value, true);
  assert.equal(i.clusterId.value, '.:aws_rds_cluster.c');
  assert.equal(i.publiclyAccessible.value, true);
  assert.equal(i.enhancedMonitoring.value, true);
  assert.equal(i.backupRetentionDays.value, 7);
  const c = propsOf(b, 'aws.rds.cluster', 'aws_rds_cluster.c');
  assert.equal(c.storageEncrypted.value, true);
  assert.equal(c.backupRetentionDays.value, 7);
});

test('EFS with a separate policy; KMS key defaults and aws_kms_key_policy', () => {
  const b = new TfBuilder();
  b.resource('aws_efs_file_system', 'fs', {});
  b.resource('aws_efs_file_system_policy', 'p', {
    file_system_id: ref('aws_efs_file_system.fs'),
    policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }] }),
  });
  b.resource('aws_kms_key', 'k', { description: 'k' });
  b.resource('aws_kms_key_policy', 'kp', { key_id: ref('aws_kms_key.k'), policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*' }] }) });
  const fs = propsOf(b, 'aws.efs.file-system', 'aws_efs_file_system.fs');
  assert.equal(fs.encrypted.value, false);
  assert.equal(fs.policy.value?.Statement.length, 1);
  const k = propsOf(b, 'aws.kms.key', 'aws_kms_key.k');
  assert.deepEqual([k.rotationEnabled.value, k.keySpec.value, k.enabled.value, k.keyManager.value, k.pendingDeletion.value], [false, 'SYMMETRIC_DEFAULT', true, 'CUSTOMER', false]);
  assert.equal(k.policy.value?.Statement[0]?.Principal, '*');
});

test('DynamoDB encryption key type follows server_side_encryption', () => {
  const b = new TfBuilder();
  b.resource('aws_dynamodb_table', 'owned', { name: 'a', hash_key: 'id' });
  b.resource('aws_dynamodb_table', 'managed', { name: 'b', server_side_encryption: block({ enabled: true }), point_in_time_recovery: block({ enabled: true }) });
  b.resource('aws_dynamodb_table', 'cmk', { name: 'c', server_side_encryption: block({ enabled: true, kms_key_arn: ref('aws_kms_key.k', 'arn') }), deletion_protection_enabled: true });
  const o = propsOf(b, 'aws.dynamodb.table', 'aws_dynamodb_table.owned');
  assert.equal(o.encryptionKeyType.value, 'AWS_OWNED');
  assert.equal(o.pointInTimeRecovery.value, false);
  const m = propsOf(b, 'aws.dynamodb.table', 'aws_dynamodb_table.managed');
  assert.equal(m.encryptionKeyType.value, 'AWS_MANAGED');
  assert.equal(m.pointInTimeRecovery.value, true);
  const c = propsOf(b, 'aws.dynamodb.table', 'aws_dynamodb_table.cmk');
  assert.equal(c.encryptionKeyType.value, 'CUSTOMER_MANAGED');
  assert.equal(c.deletionProtection.value, true);
});

test('RDS master user, port (engine default when unset), copy-tags and Backtrack; Aurora instances use the cluster\'s', () => {
  const b = new TfBuilder();
  b.resource('aws_db_instance', 'db', { identifier: 'db', engine: 'postgres', instance_class: 'db.t3.micro', username: 'postgres' });
  b.resource('aws_db_instance', 'tuned', { identifier: 'tuned', engine: 'mysql', instance_class: 'db.t3.micro', username: 'shop_owner', port: 3307, copy_tags_to_snapshot: true });
  b.resource('aws_rds_cluster', 'c', { cluster_identifier: 'c', engine: 'aurora-mysql', master_username: 'admin', backtrack_window: 86400, port: 3310 });
  b.resource('aws_rds_cluster_instance', 'i', { cluster_identifier: 'c', engine: 'aurora-mysql', instance_class: 'db.r6g.large' });
  const db = propsOf(b, 'aws.rds.instance', 'aws_db_instance.db');
  assert.deepEqual([db.masterUsername.value, db.port.value, db.port.kind, db.copyTagsToSnapshot.value], ['postgres', 5432, 'default', false]);
  const tuned = propsOf(b, 'aws.rds.instance', 'aws_db_instance.tuned');
  assert.deepEqual([tuned.masterUsername.value, tuned.port.value, tuned.copyTagsToSnapshot.value], ['shop_owner', 3307, true]);
  const member = propsOf(b, 'aws.rds.instance', 'aws_rds_cluster_instance.i');
  assert.deepEqual([member.masterUsername.value, member.port.value], ['admin', 3310]);
  const c = propsOf(b, 'aws.rds.cluster', 'aws_rds_cluster.c');
  assert.deepEqual([c.masterUsername.value, c.backtrackWindowSeconds.value, c.copyTagsToSnapshot.value], ['admin', 86400, false]);
});

test('EFS backup policy joins the file system; access points read root directory and POSIX user', () => {
  const b = new TfBuilder();
  b.resource('aws_efs_file_system', 'fs', { creation_token: 'fs' });
  b.resource('aws_efs_file_system', 'bare', { creation_token: 'bare' });
  b.resource('aws_efs_backup_policy', 'fs', { file_system_id: ref('aws_efs_file_system.fs'), backup_policy: block({ status: 'ENABLED' }) });
  b.resource('aws_efs_access_point', 'app', { file_system_id: ref('aws_efs_file_system.fs'), posix_user: block({ uid: 1001, gid: 1001 }), root_directory: block({ path: '/app' }) });
  b.resource('aws_efs_access_point', 'open', { file_system_id: ref('aws_efs_file_system.fs') });
  assert.equal(propsOf(b, 'aws.efs.file-system', 'aws_efs_file_system.fs').automaticBackups.value, true);
  const bare = propsOf(b, 'aws.efs.file-system', 'aws_efs_file_system.bare').automaticBackups;
  assert.deepEqual([bare.kind, bare.value], ['default', false]);
  const app = propsOf(b, 'aws.efs.access-point', 'aws_efs_access_point.app');
  assert.deepEqual([app.fileSystemId.value, app.rootDirectoryPath.value, app.posixUser.value], ['.:aws_efs_file_system.fs', '/app', { uid: 1001, gid: 1001 }]);
  const open = propsOf(b, 'aws.efs.access-point', 'aws_efs_access_point.open');
  assert.deepEqual([open.rootDirectoryPath.value, open.rootDirectoryPath.kind, open.posixUser.value], ['/', 'default', null]);
});
