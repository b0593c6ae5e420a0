import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  enable_logging = true
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  enable_logging = false
}`,
    ],
    unknown: [
      `variable "setting" {
  type = bool
}
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  enable_logging = var.setting
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
      IsMultiRegionTrail: true
`,
    ],
    bad: [
      `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: false
      S3BucketName: acme-cloudtrail-logs
      IsMultiRegionTrail: true
`,
    ],
  },
});
