import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      // AWS turns Block Public Access on for new buckets (April 2023): an absent block is a default pass.
      `resource "aws_s3_bucket" "data" {
  bucket = "data"
}`,
      `resource "aws_s3_bucket" "data" {
  bucket = "data"
}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "data" {
  bucket = "data"
}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = false
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    ],
    unknown: [
      `variable "block" {}
resource "aws_s3_bucket" "data" {
  bucket = "data"
}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = var.block
  ignore_public_acls      = var.block
  block_public_policy     = var.block
  restrict_public_buckets = var.block
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: true
        RestrictPublicBuckets: true
`,
    ],
    bad: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: false
        RestrictPublicBuckets: true
`,
    ],
  },
});
