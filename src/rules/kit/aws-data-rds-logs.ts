/**
 * A factory for the engine-scoped log-export rules of Security Hub's RDS.36, RDS.40 and RDS.42: each engine has
 * its own control and its own list of logs, so each is its own rule, judging only instances of its engine (a
 * requirement is never failed by another engine's evidence). `aws-rds-instance-log-exports` stays the
 * engine-agnostic minimum (RDS.9).
 */
import { isKnown } from '../../model/core/index.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import { defineRule, type RuleDefinition } from './rule.js';

export interface RdsEngineLogSpec {
  readonly id: string;
  /** The engine as people name it (`RDS for PostgreSQL`). */
  readonly engineName: string;
  /** Matches the `engine` values of the instances the control covers. */
  readonly engine: RegExp;
  /** The logs the control expects exported, as RDS names them. */
  readonly logs: readonly string[];
  /** Security Hub control anchor, `rds-36`. */
  readonly control: string;
  readonly risk: string;
}

export function rdsEngineLogRule(s: RdsEngineLogSpec): RuleDefinition<'aws.rds.instance'> {
  const list = s.logs.join(', ');
  const json = s.logs.map((l) => `"${l}"`).join(', ');
  return defineRule({
    id: s.id,
    title: `${s.engineName} DB instance does not export all of its logs (${list}) to CloudWatch Logs`,
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceType: 'aws.rds.instance',
    description: `${s.engineName} DB instances should publish the ${list} log${s.logs.length > 1 ? 's' : ''} to CloudWatch Logs, as Security Hub's ${s.control.toUpperCase().replace('-', '.')} expects by default. Instances of other engines are not judged.`,
    risk: s.risk,
    remediation: {
      cli: `aws rds modify-db-instance --db-instance-identifier DB --cloudwatch-logs-export-configuration '{"EnableLogTypes":[${json}]}' --apply-immediately`,
      terraform: `resource "aws_db_instance" "this" {
  # ...
  enabled_cloudwatch_logs_exports = [${json}]
}`,
      cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  EnableCloudwatchLogsExports: [${list}]`,
      console: `RDS > Databases > the instance > Modify > Log exports: tick ${list} > Continue.`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
      `https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#${s.control}`,
    ],
    evaluate(db) {
      const { engine, cloudwatchLogsExports: exports } = db.properties;
      if (!isKnown(engine)) return unknown(`the engine, and so whether ${s.engineName}'s logs apply, could not be determined: ${engine.reason ?? 'unresolvable'}`, evidence('engine', engine));
      if (!s.engine.test(engine.value)) return undefined;
      const ev = evidence('cloudwatchLogsExports', exports);
      if (!isKnown(exports)) return unknown(`the exported logs could not be determined: ${exports.reason ?? 'unresolvable'}`, ev);
      const missing = s.logs.filter((l) => !exports.value.includes(l));
      return missing.length === 0 ? pass(`${list} ${s.logs.length > 1 ? 'are' : 'is'} exported to CloudWatch Logs`, ev) : fail(`not exported to CloudWatch Logs: ${missing.join(', ')}`, ev);
    },
  });
}
