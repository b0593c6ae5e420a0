import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-password-policy-reuse',
  title: 'IAM password policy does not prevent reuse of the last 24 passwords',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.password-policy',
  description: 'The account password policy should remember at least the last 24 passwords so users cannot cycle back to an old one.',
  risk: 'Without reuse prevention users rotate back to a previous, possibly leaked password, undoing every forced change.',
  remediation: {
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password --max-password-age 90 --password-reuse-prevention 24   # unspecified settings reset to defaults, so pass them all',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 24
}`,
    console: 'IAM > Account settings > Password policy > Edit > Custom: Prevent password reuse: remember 24; save.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
  ],
  evaluate(policy) {
    return check('passwordReusePrevention', policy.properties.passwordReusePrevention, (n) => n >= 24, {
      pass: 'The password policy prevents reuse of the last 24 or more passwords',
      fail: 'The password policy remembers fewer than 24 previous passwords',
    });
  },
});
