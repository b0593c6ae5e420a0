import { defineExamples } from '../../kit/index.js';

const bucket = `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`;

const cfn = (extra: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
${extra}
`;

export default defineExamples({
  terraform: {
    good: [
      `${bucket}
resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
}`,
      // The v3 inline form.
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  lifecycle_rule {
    id      = "retention"
    enabled = true
    expiration {
      days = 365
    }
  }
}`,
    ],
    bad: [bucket],
    // A lifecycle configuration whose bucket is not known may be this bucket's.
    unknown: [
      `variable "bucket" {
  type = string
}
${bucket}
resource "aws_s3_bucket_lifecycle_configuration" "maybe" {
  bucket = var.bucket
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
}`,
    ],
  },
  cloudformation: {
    good: [cfn('      LifecycleConfiguration:\n        Rules:\n          - Id: retention\n            Status: Enabled\n            ExpirationInDays: 365')],
    bad: [cfn('')],
    unknown: [
      `Parameters:
  Rules:
    Type: String
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
      LifecycleConfiguration:
        Rules: !Ref Rules
`,
    ],
  },
});
