import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      // BucketOwnerEnforced is the default for new buckets.
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}`,
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "ObjectWriter"
  }
}`,
    ],
    unknown: [
      `variable "ownership" {
  type = string
}
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = var.ownership
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerEnforced
`,
    ],
    bad: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerPreferred
`,
    ],
  },
});
