import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

/** The log each engine must export for an audit trail of connections and errors (Aurora instances export through their cluster). */
function requiredLog(engine: string): string | undefined {
  if (/^postgres/i.test(engine)) return 'postgresql';
  if (/^(mysql|mariadb)/i.test(engine)) return 'error';
  if (/^oracle/i.test(engine)) return 'alert';
  if (/^sqlserver/i.test(engine)) return 'error';
  return undefined;
}

export default defineRule({
  id: 'aws-rds-instance-log-exports',
  title: 'RDS DB instance does not export its database logs to CloudWatch Logs',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description:
    'Standalone DB instances should publish their engine log to CloudWatch Logs (postgresql for PostgreSQL, error for MySQL, MariaDB and SQL Server, alert for Oracle), so connection attempts and errors are kept beyond the instance and can be alarmed on. Aurora instances export through their cluster and are not judged.',
  risk: 'Logs kept only on the instance rotate away within days and vanish with it; brute-force logins, privilege changes and injection errors leave no lasting record.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  EnableCloudwatchLogsExports: [postgresql, upgrade]`,
    console: 'RDS > Databases > the instance > Modify > Log exports: tick the engine logs > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9',
  ],
  evaluate(db) {
    const { clusterId, engine, cloudwatchLogsExports } = db.properties;
    if (!(isKnown(clusterId) && clusterId.value === null)) return undefined;
    if (!isKnown(engine)) return unknown(`The engine, and so the log to export, could not be determined: ${engine.reason ?? 'unresolvable'}`, evidence('engine', engine));
    const log = requiredLog(engine.value);
    if (log === undefined) return undefined;
    return check('cloudwatchLogsExports', cloudwatchLogsExports, (list) => list.includes(log), {
      pass: `The ${log} log is exported to CloudWatch Logs`,
      fail: `The ${log} log is not exported to CloudWatch Logs`,
    });
  },
});
