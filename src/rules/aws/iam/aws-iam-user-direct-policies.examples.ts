import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_group" "developers" {
  name = "developers"
}
resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}`,
    ],
    bad: [
      `resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy_attachment" "read" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
      `resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy" "alice" {
  name = "own"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:ListAllMyBuckets"], Resource = "*" }]
  })
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Developers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups:
        - !Ref Developers
`,
    ],
    bad: [
      `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`,
    ],
  },
});
