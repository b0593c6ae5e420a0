resource "aws_cloudtrail" "main" {
  name                       = "${local.name}-trail"
  s3_bucket_name             = aws_s3_bucket.audit_logs.id
  is_multi_region_trail      = false
  enable_log_file_validation = false
}

resource "aws_guardduty_detector" "main" {
  enable = false
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = aws_iam_role.app.arn
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}

# cloudwarden:ignore aws-logs-group-kms application logs hold no personal data (ticket SEC-142)
resource "aws_cloudwatch_log_group" "app" {
  name              = "/${local.name}/app"
  retention_in_days = 30
}
