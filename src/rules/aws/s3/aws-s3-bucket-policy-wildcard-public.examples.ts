import { defineExamples } from '../../kit/index.js';

const tf = (statement: string) => `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [${statement}]
  })
}`;

const cfn = (statement: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
${statement}`;

export default defineExamples({
  terraform: {
    good: [
      // The TLS-only deny is a Deny; the org-scoped allow names who may call.
      tf(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }, {
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::acme-data/*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
    }`),
    ],
    bad: [
      // TLS required, but by anyone at all.
      tf(`{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }`),
      tf(`{
      Effect    = "Allow"
      Principal = "*"
      Action    = "*"
      Resource  = "arn:aws:s3:::acme-data/*"
    }`),
    ],
    unknown: [
      `variable "bucket_policy" {
  type = string
}
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = var.bucket_policy
}`,
    ],
  },
  cloudformation: {
    good: [cfn(`          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Data.Arn}/*'
            Condition:
              StringEquals:
                'aws:SourceVpce': vpce-0123456789abcdef0
`)],
    bad: [cfn(`          - Effect: Allow
            Principal: '*'
            Action: 's3:*'
            Resource: !Sub '\${Data.Arn}/*'
`)],
  },
});
