import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_role" "vendor" {
  name = "vendor-audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "7f3c9a1e-vendor" } }
    }]
  })
}`,
      `data "aws_iam_policy_document" "org" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:role/deployer"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}
resource "aws_iam_role" "deploy_target" {
  name               = "deploy-target"
  assume_role_policy = data.aws_iam_policy_document.org.json
}`,
    ],
    bad: [
      `resource "aws_iam_role" "vendor" {
  name = "vendor-audit"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "444455556666" } }]
  })
}`,
    ],
    unknown: [
      `variable "trust" {}
resource "aws_iam_role" "vendor" {
  name               = "vendor-audit"
  assume_role_policy = var.trust
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  VendorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::444455556666:root
            Action: sts:AssumeRole
            Condition:
              StringEquals:
                sts:ExternalId: 7f3c9a1e-vendor
`,
    ],
    bad: [
      `Resources:
  VendorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS:
                - arn:aws:iam::444455556666:root
                - arn:aws:iam::777788889999:user/ops
            Action: sts:AssumeRole
`,
    ],
  },
});
