import { check, defineRule, isLogOrBackupBucket } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-object-lock',
  title: 'S3 log or backup bucket does not have Object Lock enabled',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Buckets that receive access logs or CloudTrail logs, or whose name or tags (Purpose, Type, Role, Usage, DataClassification) mark them as log, audit or backup stores, should have Object Lock, so records cannot be deleted or overwritten during retention. Other buckets are not judged.',
  risk: 'An intruder with write access erases logs to hide their tracks, and ransomware deletes backups before encrypting production data.',
  remediation: {
    cli: 'aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":365}}}\'',
    terraform: `resource "aws_s3_bucket" "logs" {
  bucket              = "acme-logs"
  object_lock_enabled = true
}`,
    cloudformation: `ObjectLockEnabled: true
ObjectLockConfiguration:
  ObjectLockEnabled: Enabled
  Rule:
    DefaultRetention:
      Mode: GOVERNANCE
      Days: 365`,
    console: 'S3 > bucket > Properties > Object Lock > Edit > Enable (requires versioning), and set a default retention.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
  ],
  evaluate(bucket, ctx) {
    if (!isLogOrBackupBucket(bucket, ctx)) return undefined;
    return check('objectLockEnabled', bucket.properties.objectLockEnabled, (b) => b, {
      pass: 'Object Lock is enabled on this log/backup bucket',
      fail: 'This bucket holds logs or backups (by its name, tags or log deliveries) but Object Lock is not enabled',
    });
  },
});
