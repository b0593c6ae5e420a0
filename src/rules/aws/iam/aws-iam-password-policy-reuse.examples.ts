import { defineExamples } from '../../kit/index.js';
import { passwordPolicy } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';

// No CloudFormation resource manages the account password policy; Terraform and live data do.
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 24
}`,
    ],
    bad: [
      `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 5
}`,
    ],
    unknown: [
      `variable "reuse" {}
resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = var.reuse
}`,
    ],
  },
  model: {
    good: [passwordPolicy({})],
    bad: [passwordPolicy({ passwordReusePrevention: v(0) })],
  },
});
