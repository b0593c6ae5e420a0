import { PUBLIC_CANNED_ACLS, defineRule, isPublicGrantee, judgeBucketAcl } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-public-acl',
  title: 'S3 bucket ACL grants access to everyone or to any AWS user',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Flags a bucket whose canned ACL is public-read, public-read-write or authenticated-read, or whose grants name the AllUsers or AuthenticatedUsers group, unless ACLs are disabled (BucketOwnerEnforced) or IgnorePublicAcls is on for the bucket or account.',
  risk: 'A public ACL lets anyone on the internet (or any AWS account holder) list or read the bucket, a frequent cause of data leaks.',
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
    console: 'S3 > bucket > Permissions > Object Ownership > Edit > ACLs disabled (recommended). Or remove Everyone / Authenticated users grants under Access control list.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
  ],
  evaluate(bucket, ctx) {
    return judgeBucketAcl(bucket, ctx, { canned: (a) => PUBLIC_CANNED_ACLS.includes(a), grant: isPublicGrantee, what: 'public' });
  },
});
