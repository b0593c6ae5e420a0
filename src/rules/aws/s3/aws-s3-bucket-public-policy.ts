import { defineRule, evidence, pass, publicPolicyOutcomes, settingOn } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-public-policy',
  title: 'S3 bucket policy allows access to anyone',
  severity: 'critical',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Flags each bucket policy statement that allows the `*` principal without a condition narrowing the caller (source VPC, organization, account, IP). Such a statement is moot while RestrictPublicBuckets is on for the bucket or account.',
  risk: 'A public bucket policy gives the whole internet whatever the statement allows: reading every object, or worse, writing and deleting them.',
  remediation: {
    cli: 'aws s3api delete-bucket-policy --bucket BUCKET   # or put a policy that names specific principals',
    terraform: `resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    cloudformation: `PublicAccessBlockConfiguration:
  BlockPublicPolicy: true
  RestrictPublicBuckets: true`,
    console: 'S3 > bucket > Permissions > Bucket policy > Edit: replace "Principal": "*" with specific principals, or add an aws:SourceVpce / aws:PrincipalOrgID condition.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
  ],
  evaluate(bucket, ctx) {
    const outcomes = publicPolicyOutcomes('policy', bucket.properties.policy, 'bucket');
    if (!outcomes.some((o) => o.status === 'fail')) return outcomes;
    const restrict = settingOn(bucket.properties.publicAccessBlock, 'restrictPublicBuckets', bucket, ctx);
    const ev = evidence('publicAccessBlock.restrictPublicBuckets', bucket.properties.publicAccessBlock.restrictPublicBuckets);
    if (restrict.on === true) return pass(`The policy has public statements, but RestrictPublicBuckets (${restrict.where}) limits them to the owner account and AWS services`, ev);
    if (restrict.on === undefined) return outcomes.map((o) => ({ ...o, status: 'unknown' as const, message: `${o.message}; but ${restrict.where}` }));
    return outcomes;
  },
});
