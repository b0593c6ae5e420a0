import { defineExamples } from '../../kit/index.js';
import { accessPointCfn, accessPointTf } from '../../kit/aws-data-examples.js';

const open = `  public_access_block_configuration {
    block_public_acls       = false
    block_public_policy     = false
    ignore_public_acls      = false
    restrict_public_buckets = false
  }`;

/** The bucket's own switches are off too: S3 applies the strictest of bucket, access point and account. */
const openBucket = `resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}
`;

const openBucketCfn = (template: string) => template.replace('    Type: AWS::S3::Bucket\n', `    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
`);

const policy = (principal: string) => `resource "aws_s3control_access_point_policy" "analytics" {
  access_point_arn = aws_s3_access_point.analytics.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = ${principal}
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:us-east-1:111122223333:accesspoint/analytics/object/*"
    }]
  })
}`;

export default defineExamples({
  terraform: {
    good: [
      accessPointTf(open, '', policy('{ AWS = "arn:aws:iam::111122223333:role/analytics" }')),
      // Public statement, but the access point keeps RestrictPublicBuckets on.
      accessPointTf('', '', policy('"*"')),
    ],
    bad: [accessPointTf(open, '', openBucket + policy('"*"'))],
    unknown: [accessPointTf(open, 'variable "who" {}\n', openBucket + policy('var.who'))],
  },
  cloudformation: {
    good: [accessPointCfn(`      Policy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: arn:aws:s3:us-east-1:111122223333:accesspoint/analytics/object/*`)],
    bad: [openBucketCfn(accessPointCfn(`      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
      Policy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: arn:aws:s3:us-east-1:111122223333:accesspoint/analytics/object/*`))],
  },
});
