import { defineExamples } from '../../kit/index.js';
import { accessKey, iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_access_key" "current" {
  user = aws_iam_user.ci.name
}
resource "aws_iam_access_key" "retired" {
  user   = aws_iam_user.ci.name
  status = "Inactive"
}`,
    ],
    bad: [
      `resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_access_key" "a" {
  user = aws_iam_user.ci.name
}
resource "aws_iam_access_key" "b" {
  user = aws_iam_user.ci.name
}`,
    ],
    unknown: [
      `variable "second_key_status" {}
resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_access_key" "a" {
  user = aws_iam_user.ci.name
}
resource "aws_iam_access_key" "b" {
  user   = aws_iam_user.ci.name
  status = var.second_key_status
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Ci:
    Type: AWS::IAM::User
    Properties:
      UserName: ci
  CiKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref Ci
`,
    ],
    bad: [
      `Resources:
  Ci:
    Type: AWS::IAM::User
    Properties:
      UserName: ci
  CiKeyA:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref Ci
  CiKeyB:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref Ci
      Status: Active
`,
    ],
  },
  model: {
    good: [
      iamUser('ci', { accessKeys: v([accessKey('AKIAEXAMPLEKEY000001', 'Active', '2026-05-01T00:00:00Z'), accessKey('AKIAEXAMPLEKEY000002', 'Inactive', '2025-01-01T00:00:00Z')]) }),
      iamUser('human'),
    ],
    bad: [iamUser('ci', { accessKeys: v([accessKey('AKIAEXAMPLEKEY000003', 'Active', '2026-05-01T00:00:00Z'), accessKey('AKIAEXAMPLEKEY000004', 'Active', '2025-01-01T00:00:00Z')]) })],
    unknown: [
      iamUser('ci', {
        accessKeys: v([accessKey('AKIAEXAMPLEKEY000005', 'Active', '2026-05-01T00:00:00Z'), { ...accessKey('AKIAEXAMPLEKEY000006', 'Active', null), status: unresolvable('throttled') }]),
      }),
    ],
  },
});
