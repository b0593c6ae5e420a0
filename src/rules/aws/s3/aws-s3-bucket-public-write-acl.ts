import { WRITE_PERMISSIONS, defineRule, isPublicGrantee, judgeBucketAcl } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-public-write-acl',
  title: 'S3 bucket ACL lets everyone write to the bucket or change its ACL',
  severity: 'critical',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Flags a bucket with the public-read-write canned ACL, or a WRITE, WRITE_ACP or FULL_CONTROL grant to the AllUsers or AuthenticatedUsers group, unless ACLs are disabled or IgnorePublicAcls is on. WRITE_ACP counts because it lets the grantee grant itself anything.',
  risk: 'Anyone can upload, overwrite or delete objects: malware hosting, data destruction and a bill for someone else\'s storage.',
  remediation: {
    cli: 'aws s3api put-bucket-acl --bucket BUCKET --acl private',
    terraform: `resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`,
    cloudformation: `OwnershipControls:
  Rules:
    - ObjectOwnership: BucketOwnerEnforced`,
    console: 'S3 > bucket > Permissions > Access control list > Edit > remove Write and Write ACL for Everyone and Authenticated users.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
  ],
  evaluate(bucket, ctx) {
    return judgeBucketAcl(bucket, ctx, {
      canned: (a) => a === 'public-read-write',
      grant: (g) => isPublicGrantee(g) && WRITE_PERMISSIONS.includes(g.permission),
      what: 'public write',
    });
  },
});
