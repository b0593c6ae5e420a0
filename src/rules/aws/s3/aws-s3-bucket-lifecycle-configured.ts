import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-lifecycle-configured',
  title: 'S3 bucket has no lifecycle configuration',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Every bucket should have at least one lifecycle rule, so that how long objects are kept, and when they move to cheaper storage, is decided once in configuration rather than left to manual clean-ups.',
  risk: 'A bucket without lifecycle rules keeps every object (and every old version) indefinitely: data outlives the retention it was collected for, widening what a leak exposes, and storage cost grows unchecked.',
  remediation: {
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration \'{"Rules":[{"ID":"retention","Status":"Enabled","Filter":{},"Transitions":[{"Days":90,"StorageClass":"STANDARD_IA"}],"Expiration":{"Days":365}}]}\'',
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    transition {
      days          = 90
      storage_class = "STANDARD_IA"
    }
    expiration {
      days = 365
    }
  }
}`,
    cloudformation: `LifecycleConfiguration:
  Rules:
    - Id: retention
      Status: Enabled
      Transitions:
        - TransitionInDays: 90
          StorageClass: STANDARD_IA
      ExpirationInDays: 365`,
    console: 'S3 > bucket > Management > Lifecycle rules > Create lifecycle rule: choose the transitions and the expiration that match the data\'s retention.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
  ],
  evaluate(bucket) {
    return check('lifecycleRuleCount', bucket.properties.lifecycleRuleCount, (n) => n > 0, {
      pass: 'The bucket has lifecycle rules',
      fail: 'The bucket has no lifecycle rule',
    });
  },
});
