import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-logging-enabled',
  title: 'CloudTrail trail is not logging',
  severity: 'high',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'A trail should be logging; a stopped trail records nothing although it looks configured.',
  risk: 'Stopping a trail is a classic first step of an intrusion: every API call after it goes unrecorded.',
  remediation: {
    cli: 'aws cloudtrail start-logging --name TRAIL',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "org-trail"
  s3_bucket_name = aws_s3_bucket.trail.id
  enable_logging = true
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  S3BucketName: !Ref TrailBucket`,
    console: 'CloudTrail > Trails > trail > Start logging.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html',
  ],
  evaluate(trail) {
    return check('isLogging', trail.properties.isLogging, (b) => b, {
      pass: 'The trail is logging',
      fail: 'The trail exists but logging is stopped',
    });
  },
});
