import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  include_global_service_events = true
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  include_global_service_events = false
}`,
    ],
    unknown: [
      `variable "setting" {
  type = bool
}
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  include_global_service_events = var.setting
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
      IncludeGlobalServiceEvents: true
`,
    ],
    bad: [
      `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: acme-cloudtrail-logs
      IncludeGlobalServiceEvents: false
`,
    ],
  },
});
