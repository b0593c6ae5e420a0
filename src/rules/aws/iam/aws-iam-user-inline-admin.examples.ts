import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_user_policy" "ci" {
  name = "artifacts"
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:PutObject"], Resource = "arn:aws:s3:::artifacts/*" }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_user_policy" "ci" {
  name = "everything"
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}`,
    ],
    unknown: [
      `variable "policy" {}
resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_user_policy" "ci" {
  name   = "from-var"
  user   = aws_iam_user.ci.name
  policy = var.policy
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  CiUser:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: artifacts
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: s3:PutObject
                Resource: arn:aws:s3:::artifacts/*
`,
    ],
    bad: [
      `Resources:
  CiUser:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                NotAction: iam:*
                Resource: "*"
`,
    ],
  },
});
