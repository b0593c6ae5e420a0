import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-instance-enhanced-monitoring',
  title: 'RDS DB instance does not have Enhanced Monitoring',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'DB instances should send Enhanced Monitoring metrics (a monitoring interval of 1 to 60 seconds), which report the operating system view of CPU, memory, file system and processes that CloudWatch metrics lack.',
  risk: 'Without OS-level metrics, resource exhaustion, runaway queries and abuse such as crypto-mining on a compromised database go unnoticed until the service fails.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --monitoring-interval 60 --monitoring-role-arn ROLE_ARN --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  monitoring_interval = 60
  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  MonitoringInterval: 60
  MonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn`,
    console: 'RDS > Databases > the instance > Modify > Monitoring > Enable Enhanced Monitoring, granularity 60 seconds > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6',
  ],
  evaluate(db) {
    return check('enhancedMonitoring', db.properties.enhancedMonitoring, (on) => on, {
      pass: 'Enhanced Monitoring is on',
      fail: 'Enhanced Monitoring is off (monitoring interval 0)',
    });
  },
});
