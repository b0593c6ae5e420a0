import { defineExamples } from '../../kit/index.js';
import { ebsDefaultEncryption } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';

// CloudFormation has no resource for this account setting.
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`,
      // enabled defaults to true in the provider.
      `resource "aws_ebs_encryption_by_default" "this" {}`,
    ],
    bad: [
      `resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}`,
    ],
    unknown: [
      `variable "ebs_default_encryption" { type = bool }
resource "aws_ebs_encryption_by_default" "this" {
  enabled = var.ebs_default_encryption
}`,
    ],
  },
  model: {
    good: [ebsDefaultEncryption({ enabled: v(true) })],
    bad: [ebsDefaultEncryption({ enabled: v(false) })],
  },
});
