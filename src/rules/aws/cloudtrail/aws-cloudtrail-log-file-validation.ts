import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-log-file-validation',
  title: 'CloudTrail log file integrity validation is disabled',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'Log file validation should be on, so CloudTrail writes signed digest files that prove whether log files were changed or deleted after delivery.',
  risk: 'Without digests, an intruder who can write to the log bucket can edit or remove records of their activity and nobody can prove it.',
  remediation: {
    cli: 'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
    terraform: `resource "aws_cloudtrail" "this" {
  name                       = "org-trail"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  EnableLogFileValidation: true
  S3BucketName: !Ref TrailBucket`,
    console: 'CloudTrail > Trails > trail > General details > Edit > Additional settings > Log file validation: Enabled > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
  ],
  evaluate(trail) {
    return check('logFileValidation', trail.properties.logFileValidation, (b) => b, {
      pass: 'Log file validation is enabled',
      fail: 'Log file validation is disabled',
    });
  },
});
