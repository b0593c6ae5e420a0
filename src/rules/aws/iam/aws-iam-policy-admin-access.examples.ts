import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}`,
      // Allow + NotAction on every resource: all but IAM, which is admin in all but name.
      `data "aws_iam_policy_document" "almost_all" {
  statement {
    effect      = "Allow"
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}
resource "aws_iam_policy" "almost_all" {
  name   = "almost-all"
  policy = data.aws_iam_policy_document.almost_all.json
}`,
      `resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "*:*", "Resource": "*"}]
}
POLICY
}`,
    ],
    unknown: [
      `variable "policy_json" {}
resource "aws_iam_policy" "app" {
  name   = "app"
  policy = var.policy_json
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  ReaderPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action:
              - dynamodb:GetItem
              - dynamodb:Query
            Resource: arn:aws:dynamodb:eu-west-1:111122223333:table/orders
`,
    ],
    bad: [
      `Resources:
  AdminPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
`,
      `Resources:
  AlmostAll:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            NotAction:
              - iam:*
              - organizations:*
            Resource: "*"
`,
    ],
  },
});
