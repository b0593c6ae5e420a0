import { check, defineRule, isLogOrBackupBucket } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-log-lifecycle',
  title: 'S3 log bucket has no lifecycle configuration',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Buckets that receive server access logs or CloudTrail logs, or whose name or tags mark them as log, audit or backup stores, should have at least one lifecycle rule that moves old records to cheaper storage and expires them once the retention period ends. Other buckets are not judged.',
  risk: 'Without lifecycle rules, logs are kept forever at full price or deleted by hand; either the retention the policy promises is not the one applied, or someone with delete rights prunes the audit trail.',
  remediation: {
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration \'{"Rules":[{"ID":"retention","Status":"Enabled","Filter":{},"Transitions":[{"Days":90,"StorageClass":"GLACIER"}],"Expiration":{"Days":400}}]}\'',
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
    expiration {
      days = 400
    }
  }
}`,
    cloudformation: `LifecycleConfiguration:
  Rules:
    - Id: retention
      Status: Enabled
      Transitions:
        - TransitionInDays: 90
          StorageClass: GLACIER
      ExpirationInDays: 400`,
    console: 'S3 > bucket > Management > Lifecycle rules > Create lifecycle rule: transition to Glacier and expire after the retention period.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
  ],
  evaluate(bucket, ctx) {
    if (!isLogOrBackupBucket(bucket, ctx)) return undefined;
    return check('lifecycleRuleCount', bucket.properties.lifecycleRuleCount, (n) => n > 0, {
      pass: 'The log bucket has lifecycle rules',
      fail: 'This bucket holds logs or backups (by its name, tags or log deliveries) but has no lifecycle rule',
    });
  },
});
