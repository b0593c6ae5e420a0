import type { Resource, Value } from '../core/index.js';

/**
 * IAM Access Analyzer in one region. Live scans emit one per account and region even when there is no
 * analyzer (`exists` false), so "no analyzer" is judged rather than unseen. With several analyzers, one
 * resource per analyzer is emitted instead.
 */
export interface AccessAnalyzerProperties {
  readonly exists: Value<boolean>;
  /** ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS, ...; null when none exists. */
  readonly analyzerType: Value<string | null>;
  /** ACTIVE, CREATING, DISABLED, FAILED; null when none exists. */
  readonly status: Value<string | null>;
  /** Number of ACTIVE findings (resources shared outside the zone of trust, unused access). */
  readonly activeFindings: Value<number>;
  /** Resource types of the ACTIVE findings (`AWS::S3::Bucket`, `AWS::IAM::Role`, ...), distinct, sorted. */
  readonly activeFindingResourceTypes: Value<readonly string[]>;
}
export type AccessAnalyzer = Resource<'aws.accessanalyzer.analyzer', AccessAnalyzerProperties>;

/** A CloudWatch Logs metric filter: turns matching log events into a metric (the CIS monitoring controls). */
export interface LogMetricFilterProperties {
  readonly filterName: Value<string>;
  readonly logGroupName: Value<string>;
  /** uid of the log group (its ARN without the `:*` suffix). */
  readonly logGroupUid: Value<string>;
  readonly filterPattern: Value<string>;
  /** Metric of the (first) transformation. */
  readonly metricName: Value<string>;
  readonly metricNamespace: Value<string>;
}
export type LogMetricFilter = Resource<'aws.logs.metric-filter', LogMetricFilterProperties>;

/** A CloudWatch metric alarm (composite alarms have no metric: `metricName` null). */
export interface CloudWatchAlarmProperties {
  readonly metricName: Value<string | null>;
  readonly metricNamespace: Value<string | null>;
  readonly actionsEnabled: Value<boolean>;
  /** ARNs notified when the alarm fires. */
  readonly alarmActions: Value<readonly string[]>;
  /** The SNS topics among `alarmActions`. */
  readonly snsTopicArns: Value<readonly string[]>;
}
export type CloudWatchAlarm = Resource<'aws.cloudwatch.alarm', CloudWatchAlarmProperties>;

/** An AWS Config rule and its compliance. */
export interface ConfigRuleProperties {
  readonly ruleName: Value<string>;
  /** Managed rule identifier (`S3_BUCKET_VERSIONING_ENABLED`) or the custom rule's Lambda ARN; null for policy rules. */
  readonly sourceIdentifier: Value<string | null>;
  /** COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA. */
  readonly compliance: Value<string>;
}
export type ConfigRule = Resource<'aws.config.rule', ConfigRuleProperties>;
