import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-kms-encryption',
  title: 'CloudTrail logs are not encrypted with a KMS key',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'Trails should encrypt log files with a customer-managed KMS key (SSE-KMS) instead of the default SSE-S3.',
  risk: 'With SSE-S3 anyone who can read the bucket reads the logs; SSE-KMS adds a key policy as a second gate and records every decryption.',
  remediation: {
    cli: 'aws cloudtrail update-trail --name TRAIL --kms-key-id KEY_ARN',
    terraform: `resource "aws_cloudtrail" "this" {
  name           = "org-trail"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  KMSKeyId: !GetAtt TrailKey.Arn
  S3BucketName: !Ref TrailBucket`,
    console: 'CloudTrail > Trails > trail > General details > Edit > Log file SSE-KMS encryption: Enabled, choose a key > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2',
  ],
  evaluate(trail) {
    return check('kmsKeyId', trail.properties.kmsKeyId, (k) => k !== null && k !== '', {
      pass: 'Log files are encrypted with a KMS key (SSE-KMS)',
      fail: 'Log files use SSE-S3 only, not a KMS key',
    });
  },
});
