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
      // Absent: the provider default (false) applies.
      `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 24
}`,
      `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = false
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 24
}`,
    ],
    unknown: [
      `variable "upper" {}
resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = var.upper
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 24
}`,
    ],
  },
  model: {
    good: [passwordPolicy({})],
    bad: [passwordPolicy({ requireUppercase: v(false) })],
  },
});
