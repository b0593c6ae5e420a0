import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      // SSE-SQS is on by default for new queues.
      `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}`,
      `resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
    ],
    bad: [
      `resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}`,
    ],
    unknown: [
      `variable "sse" {
  type = bool
}
resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = var.sse
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: jobs
      SqsManagedSseEnabled: true
`,
    ],
    bad: [
      `Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: jobs
      SqsManagedSseEnabled: false
`,
    ],
  },
});
