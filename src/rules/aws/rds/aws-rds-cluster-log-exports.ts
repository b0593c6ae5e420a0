import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

/** The log each cluster engine must export for a record of connections and errors. */
function requiredLog(engine: string): string | undefined {
  if (/postgres/i.test(engine)) return 'postgresql';
  if (/^(aurora|aurora-mysql|mysql)$/i.test(engine)) return 'audit';
  return undefined;
}

export default defineRule({
  id: 'aws-rds-cluster-log-exports',
  title: 'RDS DB cluster does not export its database logs to CloudWatch Logs',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'Aurora and Multi-AZ DB clusters should publish their engine log to CloudWatch Logs: the audit log for Aurora MySQL and MySQL, the postgresql log for PostgreSQL engines.',
  risk: 'Logs kept on the cluster rotate away within days; logins, privilege changes and data access leave no lasting record for an investigation.',
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error"]}\' --apply-immediately',
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  enabled_cloudwatch_logs_exports = ["audit", "error"]   # ["postgresql"] for PostgreSQL
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  EnableCloudwatchLogsExports: [audit, error]`,
    console: 'RDS > Databases > the cluster > Modify > Log exports: tick the engine logs > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-34',
  ],
  evaluate(cluster) {
    const { engine, cloudwatchLogsExports } = cluster.properties;
    if (!isKnown(engine)) return unknown(`The engine, and so the log to export, could not be determined: ${engine.reason ?? 'unresolvable'}`, evidence('engine', engine));
    const log = requiredLog(engine.value);
    if (log === undefined) return undefined;
    return check('cloudwatchLogsExports', cloudwatchLogsExports, (list) => list.includes(log), {
      pass: `The ${log} log is exported to CloudWatch Logs`,
      fail: `The ${log} log is not exported to CloudWatch Logs`,
    });
  },
});
