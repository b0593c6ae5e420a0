import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-global-service-events',
  title: 'CloudTrail trail does not include global service events',
  severity: 'low',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'Trails should include global service events, the API calls of IAM, STS and CloudFront, which are recorded in us-east-1 only.',
  risk: 'Without them the trail misses the actions that matter most in an intrusion: new users, access keys, policy changes and role assumptions.',
  remediation: {
    cli: 'aws cloudtrail update-trail --name TRAIL --include-global-service-events',
    terraform: `resource "aws_cloudtrail" "this" {
  name                          = "org-trail"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  IncludeGlobalServiceEvents: true
  S3BucketName: !Ref TrailBucket`,
    console: 'Use the CLI: the console turns global service events on for multi-region trails and has no separate switch.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html',
  ],
  evaluate(trail) {
    return check('includeGlobalServiceEvents', trail.properties.includeGlobalServiceEvents, (b) => b, {
      pass: 'The trail includes global service events (IAM, STS, CloudFront)',
      fail: 'The trail excludes global service events',
    });
  },
});
