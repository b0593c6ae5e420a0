import { defineExamples } from '../../kit/index.js';

const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_role" "gha" {
  name = "github-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "${GH}" }
      Condition = {
        StringEquals = {
          "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
          "token.actions.githubusercontent.com:sub" = "repo:acme/infra:ref:refs/heads/main"
        }
      }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_role" "gha" {
  name = "github-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "${GH}" }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}`,
      `data "aws_iam_policy_document" "gha" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${GH}"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:*"]
    }
  }
}
resource "aws_iam_role" "gha" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.gha.json
}`,
    ],
    unknown: [
      `variable "trust" {}
resource "aws_iam_role" "gha" {
  name               = "github-deploy"
  assume_role_policy = var.trust
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  GithubDeploy:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Federated: ${GH}
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
              StringLike:
                token.actions.githubusercontent.com:sub: repo:acme/infra:*
`,
    ],
    bad: [
      `Resources:
  GithubDeploy:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Federated: ${GH}
            Action: sts:AssumeRoleWithWebIdentity
`,
    ],
  },
});
