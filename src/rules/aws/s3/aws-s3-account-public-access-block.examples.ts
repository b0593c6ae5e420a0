import { defineExamples } from '../../kit/index.js';

// CloudFormation has no resource for the account-level setting, so only Terraform examples exist.
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    ],
    bad: [
      // Each argument defaults to false in the provider: only two of the four are on here.
      `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls   = true
  block_public_policy = true
}`,
    ],
    unknown: [
      `variable "restrict" {
  type = bool
}
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = var.restrict
}`,
    ],
  },
});
