import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** CIS asks for a delivery within the last day; a healthy trail delivers every few minutes. */
const MAX_AGE_HOURS = 24;

export default defineRule({
  id: 'aws-cloudtrail-cloudwatch-delivery-recent',
  title: 'CloudTrail has not delivered to CloudWatch Logs in the last day',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description: `A trail integrated with CloudWatch Logs should have delivered events to its log group within the last ${MAX_AGE_HOURS} hours. Configured but not delivering usually means the delivery role lost its permissions. Judged on live scans; trails without a log group are judged by aws-cloudtrail-cloudwatch-logs.`,
  risk: 'The CIS metric filters and alarms read the log group: when delivery silently stops, root logins, policy changes and console failures no longer raise any alarm, while the setup still looks complete.',
  remediation: {
    cli: 'aws cloudtrail get-trail-status --name TRAIL --query LatestCloudWatchLogsDeliveryError  # then fix the role: aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN',
    terraform: `resource "aws_cloudtrail" "this" {
  # ...
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn # allowed logs:CreateLogStream and logs:PutLogEvents on the group
}`,
    console: 'CloudTrail > Trails > the trail > CloudWatch Logs > Edit: check the log group and the IAM role (or let the console create a new role).',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5'],
  evaluate(trail, ctx) {
    if (trail.origin.kind === 'iac') return undefined;
    const { cloudWatchLogsGroupArn: group, cloudWatchLogsLastDelivery: last } = trail.properties;
    if (isKnown(group) && group.value === null) return undefined;
    const ev = [evidence('cloudWatchLogsGroupArn', group), evidence('cloudWatchLogsLastDelivery', last)];
    if (!isKnown(group) || !isKnown(last)) return unknown('the log group or the last delivery time could not be read', ...ev);
    if (last.value === null) return fail('CloudTrail has never delivered events to the log group', ...ev);
    const hours = (ctx.now.getTime() - Date.parse(last.value)) / 3_600_000;
    return hours > MAX_AGE_HOURS
      ? fail(`the last delivery to CloudWatch Logs was ${Math.floor(hours / 24)} day(s) ago (${last.value})`, ...ev)
      : pass(`CloudTrail delivered to CloudWatch Logs at ${last.value}`, ...ev);
  },
});
