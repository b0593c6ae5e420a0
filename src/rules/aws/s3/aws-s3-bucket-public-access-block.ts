import { all, check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-public-access-block',
  title: 'S3 bucket does not block public access',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description: 'All four S3 Block Public Access settings should be enabled on the bucket.',
  risk: 'Without Block Public Access, one ACL or policy change can expose every object in the bucket to the internet.',
  remediation: {
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform: `resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    cloudformation: `PublicAccessBlockConfiguration:
  BlockPublicAcls: true
  IgnorePublicAcls: true
  BlockPublicPolicy: true
  RestrictPublicBuckets: true`,
    console: 'S3 > bucket > Permissions > Block public access (bucket settings) > Edit > Block all public access.',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  evaluate(bucket) {
    const pab = bucket.properties.publicAccessBlock;
    const on = (b: boolean) => b;
    return all(
      [
        check('publicAccessBlock.blockPublicAcls', pab.blockPublicAcls, on, { pass: '', fail: 'BlockPublicAcls is off' }),
        check('publicAccessBlock.ignorePublicAcls', pab.ignorePublicAcls, on, { pass: '', fail: 'IgnorePublicAcls is off' }),
        check('publicAccessBlock.blockPublicPolicy', pab.blockPublicPolicy, on, { pass: '', fail: 'BlockPublicPolicy is off' }),
        check('publicAccessBlock.restrictPublicBuckets', pab.restrictPublicBuckets, on, { pass: '', fail: 'RestrictPublicBuckets is off' }),
      ],
      'All four Block Public Access settings are on',
    );
  },
});
