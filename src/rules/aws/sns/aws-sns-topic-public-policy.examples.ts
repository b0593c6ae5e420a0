import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      // Like the default topic policy: "*" narrowed by the owning account.
      `resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sns:Publish", "sns:Subscribe"]
      Resource  = "arn:aws:sns:us-east-1:111122223333:alerts"
      Condition = { StringEquals = { "AWS:SourceOwner" = "111122223333" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_sns_topic" "alerts" {
  name = "alerts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:us-east-1:111122223333:alerts"
    }]
  })
}`,
    ],
    unknown: [
      `variable "topic_policy" {
  type = string
}
resource "aws_sns_topic" "alerts" {
  name   = "alerts"
  policy = var.topic_policy
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Alerts:
    Type: AWS::SNS::Topic
  AlertsPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics:
        - !Ref Alerts
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: events.amazonaws.com
            Action: sns:Publish
            Resource: '*'
`,
    ],
    bad: [
      `Resources:
  Alerts:
    Type: AWS::SNS::Topic
  AlertsPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics:
        - !Ref Alerts
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action:
              - sns:Subscribe
              - sns:Receive
            Resource: '*'
`,
    ],
  },
});
