import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `variable "root_mfa" {
  type    = string
  default = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
}
resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
}
resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  mfa    = var.root_mfa
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
}
resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  versioning_configuration {
    status = "Enabled"
  }
}`,
    ],
    unknown: [
      `variable "mfa_delete" {
  type = string
}
resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
}
resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}`,
    ],
  },
  cloudformation: {
    // AWS::S3::Bucket has no MFA Delete property: a CloudFormation bucket never has it on creation.
    good: [],
    bad: [
      `Resources:
  Records:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
`,
    ],
  },
});
