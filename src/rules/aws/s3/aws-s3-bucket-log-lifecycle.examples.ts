import { defineExamples } from '../../kit/index.js';

const app = `resource "aws_s3_bucket" "app" {
  bucket = "acme-app"
}
resource "aws_s3_bucket_logging" "app" {
  bucket        = aws_s3_bucket.app.id
  target_bucket = aws_s3_bucket.sink.id
  target_prefix = "app/"
}
resource "aws_s3_bucket" "sink" {
  bucket = "acme-sink"
}`;

export default defineExamples({
  terraform: {
    good: [
      `${app}
resource "aws_s3_bucket_lifecycle_configuration" "sink" {
  bucket = aws_s3_bucket.sink.id
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    expiration {
      days = 400
    }
  }
}`,
    ],
    // The sink receives access logs (whatever its name) and keeps them forever.
    bad: [app],
  },
  cloudformation: {
    good: [`Resources:
  AuditLogs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-audit-logs
      LifecycleConfiguration:
        Rules:
          - Id: retention
            Status: Enabled
            ExpirationInDays: 400
`],
    bad: [`Resources:
  AuditLogs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-audit-logs
`],
  },
});
