import { defineExamples, modelFixture, s3BucketProps, v } from '../../kit/index.js';

const OWNER = '111122223333';
const writerPolicy = (principal: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Principal: { AWS: principal }, Action: ['s3:PutObject', 's3:PutObjectAcl'], Resource: 'arn:aws:s3:::acme-drop/*' }],
});

export default defineExamples({
  terraform: {
    good: [
      // Another account may read; only writes are judged here.
      `resource "aws_s3_bucket" "share" {
  bucket = "acme-share"
}
resource "aws_s3_bucket_policy" "share" {
  bucket = aws_s3_bucket.share.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::acme-share", "arn:aws:s3:::acme-share/*"]
    }]
  })
}`,
    ],
    bad: [
      // Two different accounts can write: at least one of them is not the bucket owner.
      `resource "aws_s3_bucket" "drop" {
  bucket = "acme-drop"
}
resource "aws_s3_bucket_policy" "drop" {
  bucket = aws_s3_bucket.drop.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::444455556666:root", "arn:aws:iam::777788889999:role/uploader"] }
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::acme-drop/*"
    }]
  })
}`,
    ],
    unknown: [
      // One named account, owner unknown from the file alone: it may be the bucket's own account.
      `resource "aws_s3_bucket" "drop" {
  bucket = "acme-drop"
}
resource "aws_s3_bucket_policy" "drop" {
  bucket = aws_s3_bucket.drop.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:role/uploader" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::acme-drop/*"
    }]
  })
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Drop:
    Type: AWS::S3::Bucket
  DropPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Drop
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS:
                - arn:aws:iam::444455556666:root
                - arn:aws:iam::777788889999:root
            Action: s3:PutObject
            Resource: arn:aws:s3:::acme-drop/*
            Condition:
              StringEquals:
                aws:PrincipalOrgID: o-a1b2c3d4e5
`,
    ],
    bad: [
      `Resources:
  Drop:
    Type: AWS::S3::Bucket
  DropPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Drop
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS:
                - '444455556666'
                - '777788889999'
            Action: s3:DeleteObject
            Resource: arn:aws:s3:::acme-drop/*
`,
    ],
  },
  model: {
    good: [modelFixture('aws.s3.bucket', 'acme-drop', s3BucketProps('acme-drop', { policy: v(writerPolicy(`arn:aws:iam::${OWNER}:role/uploader`)) }), { account: OWNER })],
    bad: [modelFixture('aws.s3.bucket', 'acme-drop', s3BucketProps('acme-drop', { policy: v(writerPolicy('arn:aws:iam::444455556666:root')) }), { account: OWNER })],
  },
});
