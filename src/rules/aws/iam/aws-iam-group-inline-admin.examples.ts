import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_group" "dev" {
  name = "dev"
}
resource "aws_iam_group_policy" "dev" {
  name  = "logs"
  group = aws_iam_group.dev.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:GetLogEvents"], Resource = "*" }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_group" "ops" {
  name = "ops"
}
resource "aws_iam_group_policy" "ops" {
  name  = "everything"
  group = aws_iam_group.ops.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["*"], Resource = ["*"] }]
  })
}`,
    ],
    unknown: [
      `variable "policy" {}
resource "aws_iam_group" "ops" {
  name = "ops"
}
resource "aws_iam_group_policy" "ops" {
  name   = "from-var"
  group  = aws_iam_group.ops.name
  policy = var.policy
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Dev:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: logs
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: "*"
`,
    ],
    bad: [
      `Resources:
  Ops:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: everything
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
