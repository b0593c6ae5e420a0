import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { keyManagerOf } from '../../kit/aws-data-keys.js';

export default defineRule({
  id: 'aws-rds-instance-cmk',
  title: 'RDS DB instance is encrypted with the AWS-managed aws/rds key',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Encrypted standalone DB instances should use a customer-managed KMS key rather than the AWS-managed aws/rds key. Unencrypted instances are judged by aws-rds-instance-encrypted; Aurora instances take their key from the cluster.',
  risk: 'Snapshots encrypted with aws/rds cannot be shared with another account (not even a backup or recovery account), and access to the data cannot be audited or revoked through the key policy.',
  remediation: {
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-cmk --kms-key-id KEY_ARN   # then restore from the copy',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  StorageEncrypted: true
  KmsKeyId: !Ref DatabaseKey`,
    console: 'The key of an existing instance cannot be changed: take a snapshot, copy it with a customer managed key, restore a new instance from the copy and switch over.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/share-encrypted-snapshot.html',
  ],
  evaluate(db, ctx) {
    const { clusterId, storageEncrypted, kmsKeyId } = db.properties;
    if (!(isKnown(clusterId) && clusterId.value === null)) return undefined;
    if (isKnown(storageEncrypted) && !storageEncrypted.value) return undefined;
    const ev = [evidence('kmsKeyId', kmsKeyId), evidence('storageEncrypted', storageEncrypted)];
    if (!isKnown(storageEncrypted)) return unknown(`storageEncrypted could not be determined: ${storageEncrypted.reason ?? 'unresolvable'}`, ...ev);
    if (!isKnown(kmsKeyId)) return unknown(`kmsKeyId could not be determined: ${kmsKeyId.reason ?? 'unresolvable'}`, ...ev);
    if (kmsKeyId.value === null) return fail('Encrypted without a key set: RDS uses the AWS-managed aws/rds key', ...ev);
    const m = keyManagerOf(kmsKeyId.value, db, ctx);
    if (m.manager === 'unknown') return unknown(m.why, ...ev);
    return m.manager === 'CUSTOMER' ? pass(`Encrypted with a customer-managed key (${m.why})`, ...ev) : fail(`Encrypted with an AWS-managed key (${m.why})`, ...ev);
  },
});
