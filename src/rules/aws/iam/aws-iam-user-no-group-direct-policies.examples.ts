import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_group" "team" {
  name = "team"
}
resource "aws_iam_user" "u" {
  name = "alice"
}
resource "aws_iam_user_group_membership" "m" {
  user   = aws_iam_user.u.name
  groups = [aws_iam_group.team.name]
}`,
    ],
    bad: [
      `resource "aws_iam_user" "u" {
  name = "alice"
}
resource "aws_iam_user_policy_attachment" "a" {
  user       = aws_iam_user.u.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Team:
    Type: AWS::IAM::Group
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Team]
`,
    ],
    bad: [
      `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
`,
    ],
  },
});
