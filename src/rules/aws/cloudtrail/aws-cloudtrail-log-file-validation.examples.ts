import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  enable_log_file_validation = true
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  # enable_log_file_validation defaults to false
}`,
    ],
    unknown: [
      `variable "setting" {
  type = bool
}
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  enable_log_file_validation = var.setting
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: acme-cloudtrail-logs
      EnableLogFileValidation: true
`,
    ],
    bad: [
      `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: acme-cloudtrail-logs
      EnableLogFileValidation: false
`,
    ],
  },
});
