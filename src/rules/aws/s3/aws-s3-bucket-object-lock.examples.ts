import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_s3_bucket" "audit_logs" {
  bucket              = "acme-audit-logs"
  object_lock_enabled = true
}
resource "aws_s3_bucket_object_lock_configuration" "audit_logs" {
  bucket = aws_s3_bucket.audit_logs.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 365
    }
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "backups" {
  bucket = "acme-backups"
}`,
      `resource "aws_s3_bucket" "store" {
  bucket = "acme-store-7f3a"
  tags = {
    Purpose = "backup"
  }
}`,
    ],
    unknown: [
      `variable "lock" {
  type = bool
}
resource "aws_s3_bucket" "trail_logs" {
  bucket              = "acme-trail-logs"
  object_lock_enabled = var.lock
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  BackupVault:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-backup-vault
      ObjectLockEnabled: true
      VersioningConfiguration:
        Status: Enabled
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
        Rule:
          DefaultRetention:
            Mode: COMPLIANCE
            Days: 90
`,
    ],
    bad: [
      `Resources:
  CloudTrailLogs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-cloudtrail-logs
`,
    ],
  },
});
