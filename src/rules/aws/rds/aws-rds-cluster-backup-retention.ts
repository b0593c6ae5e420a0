import { check, defineRule } from '../../kit/index.js';

const MIN_DAYS = 7;

export default defineRule({
  id: 'aws-rds-cluster-backup-retention',
  title: `RDS DB cluster keeps automated backups for less than ${MIN_DAYS} days`,
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: `RDS DB clusters should keep automated backups (point-in-time recovery) for at least ${MIN_DAYS} days; the AWS default is 1 day.`,
  risk: 'Damage found after the retention window, such as silent corruption or a destructive change, cannot be rolled back.',
  remediation: {
    cli: `aws rds modify-db-cluster --db-cluster-identifier CLUSTER --backup-retention-period ${MIN_DAYS} --apply-immediately`,
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  backup_retention_period = ${MIN_DAYS}
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  BackupRetentionPeriod: ${MIN_DAYS}`,
    console: `RDS > Databases > the cluster > Modify > Backup > Backup retention period: ${MIN_DAYS} days or more.`,
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
  evaluate(cluster) {
    return check('backupRetentionDays', cluster.properties.backupRetentionDays, (d) => d >= MIN_DAYS, {
      pass: `backups are kept ${MIN_DAYS} days or more`,
      fail: `backups are kept fewer than ${MIN_DAYS} days`,
    });
  },
});
