import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = "acme-access-logs"
  target_prefix = "acme-data/"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}`,
    ],
    unknown: [
      `variable "log_bucket" {
  type = string
}
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = var.log_bucket
  target_prefix = "acme-data/"
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-access-logs
      LoggingConfiguration:
        DestinationBucketName: acme-central-logs
  Data:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
        LogFilePrefix: data/
`,
    ],
    bad: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
`,
    ],
  },
});
