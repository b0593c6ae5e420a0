import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [`resource "aws_kms_key" "sns" {
  description         = "topics"
  enable_key_rotation = true
}
resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = aws_kms_key.sns.arn
}`],
    bad: [`resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}`],
    unknown: [`variable "key" {}
resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = var.key
}`],
  },
  cloudformation: {
    good: [`Resources:
  Events:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: alias/acme-events
`],
    bad: [`Resources:
  Events:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: alias/aws/sns
`],
  },
});
