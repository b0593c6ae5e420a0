import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}`,
    ],
    bad: [
      `resource "aws_sns_topic" "alerts" {
  name = "alerts"
}`,
    ],
    unknown: [
      `variable "sns_key" {
  type = string
}
resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = var.sns_key
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: alerts
      KmsMasterKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`,
    ],
    bad: [
      `Resources:
  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: alerts
`,
    ],
  },
});
