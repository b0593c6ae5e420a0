import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::111122223333:role/app-task" },
      {
        Effect    = "Allow"
        Action    = "iam:PassRole"
        Resource  = "*"
        Condition = { StringEquals = { "iam:PassedToService" = "ecs-tasks.amazonaws.com" } }
      },
      { Effect = "Allow", Action = ["iam:GetRole", "iam:ListRoles"], Resource = "*" },
    ]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:PassRole", "lambda:CreateFunction"], Resource = "*" }]
  })
}`,
      `resource "aws_iam_policy" "policy_admin" {
  name = "policy-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:CreatePolicyVersion", "iam:Attach*"], Resource = "*" }]
  })
}`,
    ],
    unknown: [
      `variable "policy" {}
resource "aws_iam_policy" "deployer" {
  name   = "deployer"
  policy = var.policy
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Deployer:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: arn:aws:iam::111122223333:role/app-task
`,
    ],
    bad: [
      `Resources:
  KeyMinter:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action:
              - iam:CreateAccessKey
              - iam:PutUserPolicy
            Resource: "*"
`,
    ],
  },
});
