import { defineExamples } from '../../kit/index.js';

const versioned = `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}
`;

const lifecycle = `resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "noncurrent-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}`;

const cfn = (extra: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
      VersioningConfiguration:
        Status: Enabled
${extra}
`;

export default defineExamples({
  terraform: {
    good: [`${versioned}${lifecycle}`],
    // Versioned, and old versions are kept forever.
    bad: [versioned],
    unknown: [
      // The versioning status comes from a variable and there is no lifecycle rule.
      `variable "versioning_status" {
  type = string
}
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = var.versioning_status
  }
}`,
      // Versioned; a lifecycle configuration whose bucket is not known may be this bucket's.
      `variable "bucket" {
  type = string
}
${versioned}
resource "aws_s3_bucket_lifecycle_configuration" "maybe" {
  bucket = var.bucket
  rule {
    id     = "noncurrent-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}`,
    ],
  },
  cloudformation: {
    good: [cfn('      LifecycleConfiguration:\n        Rules:\n          - Id: noncurrent-versions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90')],
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
      VersioningConfiguration:
        Status: Enabled
      LifecycleConfiguration:
        Rules: !Ref Rules
`,
    ],
  },
});
