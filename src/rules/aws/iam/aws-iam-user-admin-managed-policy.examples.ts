import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy_attachment" "read" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
    ],
    bad: [
      `resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy_attachment" "admin" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}`,
      `resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_policy" "admin" {
  name = "homemade-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}
resource "aws_iam_user_policy_attachment" "admin" {
  user       = aws_iam_user.alice.name
  policy_arn = aws_iam_policy.admin.arn
}`,
    ],
    unknown: [
      `variable "policy_arn" {}
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy_attachment" "extra" {
  user       = aws_iam_user.alice.name
  policy_arn = var.policy_arn
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`,
    ],
    bad: [
      `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AdministratorAccess
`,
    ],
  },
});
