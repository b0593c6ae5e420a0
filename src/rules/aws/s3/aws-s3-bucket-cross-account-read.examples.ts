import { defineExamples } from '../../kit/index.js';

const tf = (principal: string, extra = '') => `resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}
resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ${principal} }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::acme-exports", "arn:aws:s3:::acme-exports/*"]${extra}
    }]
  })
}`;

const cfn = (principal: string) => `Resources:
  Exports:
    Type: AWS::S3::Bucket
  ExportsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Exports
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: s3:GetObject
            Resource: arn:aws:s3:::acme-exports/*
`;

export default defineExamples({
  terraform: {
    good: [
      tf('["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"]', `
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }`),
    ],
    bad: [tf('["arn:aws:iam::111122223333:role/app", "arn:aws:iam::999988887777:root"]')],
    // One account and no way to tell whether it is the owner.
    unknown: [tf('"arn:aws:iam::999988887777:root"')],
  },
  cloudformation: {
    good: [`Resources:
  Exports:
    Type: AWS::S3::Bucket
`],
    bad: [cfn(`['arn:aws:iam::111122223333:role/app', 'arn:aws:iam::999988887777:root']`)],
    unknown: [cfn('arn:aws:iam::999988887777:root')],
  },
});
