import { check, defineRule } from '../../kit/index.js';

/** CIS and the AWS Foundational Security Best Practices ask for at least a year of log retention. */
const MIN_DAYS = 365;

export default defineRule({
  id: 'aws-logs-group-retention',
  title: 'CloudWatch log group keeps logs for less than a year',
  severity: 'low',
  provider: 'aws',
  service: 'logs',
  resourceType: 'aws.logs.log-group',
  description: `Log groups should retain events for at least ${MIN_DAYS} days, or never expire them (no retention setting).`,
  risk: 'Intrusions are often found months after they began; logs that expired by then leave no way to learn what happened.',
  remediation: {
    cli: `aws logs put-retention-policy --log-group-name GROUP --retention-in-days ${MIN_DAYS}`,
    terraform: `resource "aws_cloudwatch_log_group" "this" {
  name              = "app"
  retention_in_days = ${MIN_DAYS}
}`,
    cloudformation: `LogGroup:
  Type: AWS::Logs::LogGroup
  Properties:
    RetentionInDays: ${MIN_DAYS}`,
    console: 'CloudWatch > Log groups > group > Actions > Edit retention setting > 1 year (or longer) > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16',
  ],
  evaluate(group) {
    const days = group.properties.retentionDays;
    return check('retentionDays', days, (d) => d === null || d === 0 || d >= MIN_DAYS, {
      pass: days.value === null || days.value === 0 ? 'Log events never expire' : `Log events are kept for ${String(days.value)} days`,
      fail: `Log events are kept for ${String(days.value)} days, less than ${MIN_DAYS}`,
    });
  },
});
