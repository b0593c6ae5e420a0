import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/app"
  retention_in_days = 400
}`,
      // No retention: events never expire.
      `resource "aws_cloudwatch_log_group" "audit" {
  name = "/acme/audit"
}`,
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/app"
  retention_in_days = 30
}`,
    ],
    unknown: [
      `variable "retention_days" {
  type = number
}
resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/app"
  retention_in_days = var.retention_days
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
      RetentionInDays: 731
`,
    ],
    bad: [
      `Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /acme/app
      RetentionInDays: 90
`,
    ],
  },
});
