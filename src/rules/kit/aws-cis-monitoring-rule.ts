/**
 * A factory for the CIS CloudWatch monitoring rules: each control is its own rule file (stable id, own
 * severity and wording), but the judging (kit `cisMonitoringOutcome`) and the remediation text, which differs
 * only in the filter pattern and the metric name, are shared here.
 */
import type { Severity } from '../../model/core/index.js';
import { cisMonitoringOutcome, type CisMonitoringControl, type PatternTerm } from './aws-cis-monitoring.js';
import { defineRule, type RuleDefinition } from './rule.js';

/** What a CIS monitoring rule file says about its control. */
export interface CisMonitoringRuleSpec {
  /** The short code after `aws-cloudwatch-alarm-`. */
  readonly short: string;
  readonly control: CisMonitoringControl;
  readonly title: string;
  readonly severity: Severity;
  /** What the filter catches, completing "...a metric filter and alarm for ...". */
  readonly what: string;
  readonly risk: string;
  /** Metric name used in the remediation snippets. */
  readonly metricName: string;
  /** CIS AWS Foundations v1.4-3.0 recommendation number (4.x). */
  readonly cis: string;
  /** Security Hub control number (CloudWatch.N), when one exists. */
  readonly securityHub?: number;
}

function termText(t: PatternTerm): string {
  return t.op === 'NOT EXISTS' ? `($.${t.field} NOT EXISTS)` : `($.${t.field} ${t.op} "${t.value ?? ''}")`;
}

/**
 * The CIS metric filter pattern of a control: terms on the same field are alternatives (OR), terms on
 * different fields must all hold (AND), which is the structure the benchmark's patterns have.
 */
export function cisFilterPattern(control: CisMonitoringControl): string {
  const byField = new Map<string, PatternTerm[]>();
  for (const t of control.terms) byField.set(t.field, [...(byField.get(t.field) ?? []), t]);
  const groups = [...byField.values()].map((ts) => (ts.length === 1 ? termText(ts[0]!) : `(${ts.map(termText).join(' || ')})`));
  const body = groups.length === 1 ? groups[0]!.replace(/^\((.*)\)$/, '$1') : groups.join(' && ');
  return `{ ${body} }`;
}

function remediation(s: CisMonitoringRuleSpec): RuleDefinition['remediation'] {
  const pattern = cisFilterPattern(s.control);
  const shell = pattern.replace(/'/g, "'\\''");
  const label = s.short.replace(/-/g, '_');
  const hcl = pattern.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return {
    cli: [
      '# <trail-log-group>: the CloudWatch Logs group of a multi-region, logging trail; <topic-arn>: an SNS topic with subscribers',
      `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${s.metricName} --metric-transformations metricName=${s.metricName},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${shell}'`,
      `aws cloudwatch put-metric-alarm --alarm-name ${s.metricName} --metric-name ${s.metricName} --namespace CISBenchmark --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions <topic-arn>`,
    ].join('\n'),
    terraform: `resource "aws_cloudwatch_log_metric_filter" "${label}" {
  name           = "${s.metricName}"
  log_group_name = aws_cloudwatch_log_group.trail.name # the trail's cloud_watch_logs_group_arn group
  pattern        = "${hcl}"

  metric_transformation {
    name      = "${s.metricName}"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "${label}" {
  alarm_name          = "${s.metricName}"
  metric_name         = aws_cloudwatch_log_metric_filter.${label}.metric_transformation[0].name
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}`,
    console: `CloudWatch > Log groups > the log group of a multi-region trail that is logging > Metric filters > Create metric filter: pattern ${pattern}, metric namespace CISBenchmark, metric name ${s.metricName}, value 1. Then select the filter > Create alarm: Sum >= 1 over 5 minutes, notify an SNS topic that has subscribers.`,
  };
}

/** The rule for one CIS monitoring control, judged once per account on its root-user resource. */
export function cisMonitoringRule(s: CisMonitoringRuleSpec): RuleDefinition<'aws.iam.root-account'> {
  return defineRule({
    id: `aws-cloudwatch-alarm-${s.short}`,
    title: s.title,
    severity: s.severity,
    provider: 'aws',
    service: 'cloudwatch',
    resourceType: 'aws.iam.root-account',
    description: `The account should have a CloudWatch Logs metric filter and alarm for ${s.what}, on the log group of a multi-region CloudTrail trail that is logging (CIS AWS Foundations ${s.cis}). Judged once per account on live scans; IaC declares no account resource, so the rule never applies to Terraform or CloudFormation.`,
    risk: s.risk,
    remediation: remediation(s),
    references: [
      'https://www.cisecurity.org/benchmark/amazon_web_services',
      ...(s.securityHub ? [`https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-${s.securityHub}`] : []),
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
    ],
    evaluate(root, ctx) {
      return cisMonitoringOutcome(root.account, ctx, s.control);
    },
  });
}
