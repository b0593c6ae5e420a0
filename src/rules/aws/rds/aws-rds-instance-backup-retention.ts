import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

const MIN_DAYS = 7;

export default defineRule({
  id: 'aws-rds-instance-backup-retention',
  title: `RDS DB instance keeps automated backups for less than ${MIN_DAYS} days`,
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: `Automated backups of standalone RDS DB instances should be enabled and kept at least ${MIN_DAYS} days (Aurora instances use the cluster's setting).`,
  risk: 'Corruption, a bad migration or ransomware noticed after the retention window cannot be rolled back; a retention of 0 disables point-in-time recovery entirely.',
  remediation: {
    cli: `aws rds modify-db-instance --db-instance-identifier DB --backup-retention-period ${MIN_DAYS} --apply-immediately`,
    terraform: `resource "aws_db_instance" "this" {
  # ...
  backup_retention_period = ${MIN_DAYS}
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  BackupRetentionPeriod: ${MIN_DAYS}`,
    console: `RDS > Databases > the instance > Modify > Backup > Backup retention period: ${MIN_DAYS} days or more.`,
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11'],
  evaluate(db) {
    if (!(isKnown(db.properties.clusterId) && db.properties.clusterId.value === null)) return undefined;
    return check('backupRetentionDays', db.properties.backupRetentionDays, (d) => d >= MIN_DAYS, {
      pass: `backups are kept ${MIN_DAYS} days or more`,
      fail: `backups are kept fewer than ${MIN_DAYS} days`,
    });
  },
});
