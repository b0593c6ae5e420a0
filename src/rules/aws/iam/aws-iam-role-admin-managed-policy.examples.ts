import { defineExamples } from '../../kit/index.js';

const ROLE = `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}`;

const CFN_TRUST = `      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ecs-tasks.amazonaws.com
            Action: sts:AssumeRole`;

export default defineExamples({
  terraform: {
    good: [
      `${ROLE}
resource "aws_iam_role_policy_attachment" "read" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
      `${ROLE}
resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:ReceiveMessage"], Resource = "arn:aws:sqs:eu-west-1:111122223333:jobs" }]
  })
}
resource "aws_iam_role_policy_attachment" "scoped" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.scoped.arn
}`,
    ],
    bad: [
      `${ROLE}
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}`,
      `${ROLE}
resource "aws_iam_policy" "admin" {
  name = "homemade-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.admin.arn
}`,
    ],
    unknown: [
      `variable "policy_arn" {}
${ROLE}
resource "aws_iam_role_policy_attachment" "extra" {
  role       = aws_iam_role.app.name
  policy_arn = var.policy_arn
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
${CFN_TRUST}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`,
    ],
    bad: [
      `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
${CFN_TRUST}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AdministratorAccess
`,
      `Resources:
  HomemadeAdmin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
  AppRole:
    Type: AWS::IAM::Role
    Properties:
${CFN_TRUST}
      ManagedPolicyArns:
        - !Ref HomemadeAdmin
`,
    ],
  },
});
