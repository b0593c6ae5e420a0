import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      // "*" limited to messages coming from one SNS topic.
      `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:jobs"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:us-east-1:111122223333:alerts" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      Resource  = "arn:aws:sqs:us-east-1:111122223333:jobs"
    }]
  })
}`,
    ],
    unknown: [
      `variable "queue_policy" {
  type = string
}
resource "aws_sqs_queue" "jobs" {
  name   = "jobs"
  policy = var.queue_policy
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Ref Jobs
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:role/worker
            Action: sqs:ReceiveMessage
            Resource: '*'
`,
    ],
    bad: [
      `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Ref Jobs
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: 'sqs:*'
            Resource: '*'
`,
    ],
  },
});
