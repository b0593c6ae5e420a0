import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  kms_key_id     = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  # no kms_key_id: SSE-S3 only
}`,
    ],
    unknown: [
      `variable "setting" {
  type = string
}
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
  kms_key_id = var.setting
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
      KMSKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`,
      `Resources:
  TrailKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: acme-cloudtrail-logs
      KMSKeyId: !GetAtt TrailKey.Arn
`,
    ],
    bad: [
      `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: acme-cloudtrail-logs
      IsMultiRegionTrail: true
`,
    ],
  },
});
