import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-instance-encrypted',
  title: 'RDS DB instance storage is not encrypted',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'RDS DB instances should encrypt their storage, automated backups, read replicas and snapshots with KMS. Aurora instances inherit encryption from their cluster (see aws-rds-cluster-encrypted).',
  risk: 'Unencrypted storage and the snapshots taken from it can be read by anyone who obtains a copy: a shared snapshot, a misplaced backup or a decommissioned disk.',
  remediation: {
    cli: 'Encryption cannot be turned on in place: aws rds copy-db-snapshot --source-db-snapshot-identifier SNAP --target-db-snapshot-identifier SNAP-enc --kms-key-id alias/aws/rds, then aws rds restore-db-instance-from-db-snapshot from the encrypted copy.',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  StorageEncrypted: true
  KmsKeyId: !Ref RdsKey`,
    console: 'RDS > Snapshots > take a snapshot > Copy snapshot with encryption enabled > Restore the copy as a new instance, then switch clients over.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-3'],
  evaluate(db) {
    // A cluster member's storage belongs to the cluster; only a null cluster says standalone.
    if (!(isKnown(db.properties.clusterId) && db.properties.clusterId.value === null)) return undefined;
    return check('storageEncrypted', db.properties.storageEncrypted, (v) => v, { pass: 'storage is encrypted', fail: 'storage is not encrypted' });
  },
});
