import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_cloudwatch_log_group" "app" {
  name       = "/acme/app"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "app" {
  name = "/acme/app"
}`,
    ],
    unknown: [
      `variable "logs_key_arn" {
  type = string
}
resource "aws_cloudwatch_log_group" "app" {
  name       = "/acme/app"
  kms_key_id = var.logs_key_arn
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /acme/app
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`,
    ],
    bad: [
      `Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /acme/app
      RetentionInDays: 365
`,
    ],
  },
});
