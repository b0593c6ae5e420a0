import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_policy" "writer" {
  name = "writer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:PutObject"], Resource = "*" },
      { Effect = "Allow", Action = "sqs:*", Resource = "arn:aws:sqs:eu-west-1:111122223333:jobs" },
    ]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_policy" "s3_all" {
  name = "s3-all"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = "*" }]
  })
}`,
    ],
    unknown: [
      `variable "actions" { type = list(string) }
resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: [kms:Decrypt]
            Resource: "*"
`,
    ],
    bad: [
      `Resources:
  KmsAll:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: kms:*
            Resource: "*"
`,
    ],
  },
});
