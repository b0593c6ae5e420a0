import { defineExamples } from '../../kit/index.js';
import { passwordPolicy } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// No CloudFormation resource manages the account password policy; Terraform and live data do.
export default defineExamples({
  terraform: {
    good: [`resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  allow_users_to_change_password = true\n}`],
    bad: [`resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  allow_users_to_change_password = false\n}`],
    unknown: [`variable "allow" {}\nresource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  allow_users_to_change_password = var.allow\n}`],
  },
  model: {
    good: [passwordPolicy()],
    bad: [passwordPolicy({ allowUsersToChangePassword: v(false) })],
    unknown: [passwordPolicy({ allowUsersToChangePassword: unresolvable('iam:GetAccountPasswordPolicy: AccessDenied') })],
  },
});
