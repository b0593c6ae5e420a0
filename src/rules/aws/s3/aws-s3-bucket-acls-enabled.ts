import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-acls-enabled',
  title: 'S3 bucket still uses ACLs (object ownership is not BucketOwnerEnforced)',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description: 'Object ownership should be BucketOwnerEnforced, which disables ACLs so that access is governed by policies alone.',
  risk: 'With ACLs enabled, objects uploaded by other accounts may stay owned by them, and per-object ACLs form a second, hard-to-audit access path.',
  remediation: {
    cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`,
    cloudformation: `OwnershipControls:
  Rules:
    - ObjectOwnership: BucketOwnerEnforced`,
    console: 'S3 > bucket > Permissions > Object Ownership > Edit > ACLs disabled (recommended).',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
  ],
  evaluate(bucket) {
    return check('objectOwnership', bucket.properties.objectOwnership, (o) => o === 'BucketOwnerEnforced', {
      pass: 'ACLs are disabled (BucketOwnerEnforced)',
      fail: `ACLs are enabled (object ownership ${String(bucket.properties.objectOwnership.value)})`,
    });
  },
});
