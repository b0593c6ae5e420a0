import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-snapshot-encrypted',
  title: 'RDS snapshot is not encrypted',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.snapshot',
  description: 'DB snapshots and DB cluster snapshots should be encrypted at rest. A snapshot of an unencrypted database is unencrypted; copying it with a KMS key makes an encrypted copy.',
  risk: 'An unencrypted snapshot holds the full database in clear on storage and in every copy or share of it, and cannot be protected or revoked through a KMS key policy.',
  remediation: {
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ARN && aws rds delete-db-snapshot --db-snapshot-identifier SNAPSHOT',
    console: 'RDS > Snapshots > snapshot > Actions > Copy snapshot > Enable encryption, choose a KMS key > Copy; then delete the unencrypted snapshot.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-4',
  ],
  evaluate(snapshot) {
    return check('encrypted', snapshot.properties.encrypted, (e) => e, {
      pass: 'The snapshot is encrypted',
      fail: 'The snapshot is not encrypted at rest',
    });
  },
});
