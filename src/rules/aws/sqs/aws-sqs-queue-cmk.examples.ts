import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [`resource "aws_kms_key" "sqs" {
  description         = "queues"
  enable_key_rotation = true
}
resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = aws_kms_key.sqs.arn
}`],
    bad: [`resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}`, `resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = "alias/aws/sqs"
}`],
    unknown: [`variable "key" {}
resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = var.key
}`],
  },
  cloudformation: {
    good: [`Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/acme-jobs
`],
    // SQS encrypts new queues with SSE-SQS by default.
    bad: [`Resources:
  Jobs:
    Type: AWS::SQS::Queue
`],
  },
});
