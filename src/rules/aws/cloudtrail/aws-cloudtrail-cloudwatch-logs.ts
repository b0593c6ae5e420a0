import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-cloudwatch-logs',
  title: 'CloudTrail trail does not deliver events to CloudWatch Logs',
  severity: 'low',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'Trails should send events to a CloudWatch Logs group, where metric filters and alarms can react to them in near real time.',
  risk: 'Logs that only land in S3 are read after the fact; root logins, policy changes and disabled trails go unnoticed until someone looks.',
  remediation: {
    cli: 'aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN',
    terraform: `resource "aws_cloudtrail" "this" {
  name                       = "org-trail"
  s3_bucket_name             = aws_s3_bucket.trail.id
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  S3BucketName: !Ref TrailBucket
  CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
  CloudWatchLogsRoleArn: !GetAtt TrailToLogsRole.Arn`,
    console: 'CloudTrail > Trails > trail > CloudWatch Logs > Edit > Enabled, choose or create a log group and IAM role > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5',
  ],
  evaluate(trail) {
    return check('cloudWatchLogsGroupArn', trail.properties.cloudWatchLogsGroupArn, (a) => a !== null && a !== '', {
      pass: 'The trail delivers events to CloudWatch Logs',
      fail: 'The trail does not deliver events to CloudWatch Logs',
    });
  },
});
