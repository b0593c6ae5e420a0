import { defineExamples } from '../../kit/index.js';

const TRUST = `jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })`;

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = ${TRUST}
  inline_policy {
    name = "read-reports"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::reports/*" }]
    })
  }
}`,
    ],
    bad: [
      `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = ${TRUST}
}
resource "aws_iam_role_policy" "everything" {
  name = "everything"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}`,
      `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = ${TRUST}
  inline_policy {
    name = "all-but-iam"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }]
    })
  }
}`,
    ],
    unknown: [
      `variable "policy" {}
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = ${TRUST}
  inline_policy {
    name   = "from-var"
    policy = var.policy
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: logs
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [logs:CreateLogStream, logs:PutLogEvents]
                Resource: arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/app:*
`,
    ],
    bad: [
      `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: admin
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: "*"
                Resource: "*"
`,
    ],
  },
});
