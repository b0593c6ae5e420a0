import { defineExamples } from '../../kit/index.js';

const publicReadPolicy = `resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-site/*"
    }]
  })
}`;

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}`,
      // "*" narrowed to one VPC endpoint is not public.
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": "*",
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::acme-data/*",
    "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-0a1b2c3d"}}
  }]
}
POLICY
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}
resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}
${publicReadPolicy}`,
    ],
    unknown: [
      `variable "restrict" {
  type = bool
}
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}
resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = var.restrict
}
${publicReadPolicy}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:role/reader
            Action: s3:GetObject
            Resource: arn:aws:s3:::acme-data/*
`,
    ],
    bad: [
      `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-site
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: arn:aws:s3:::acme-site/*
`,
    ],
  },
});
