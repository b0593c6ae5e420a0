import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-password-policy-max-age',
  title: 'IAM password policy does not expire passwords within 90 days',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.password-policy',
  description: 'The account password policy should expire passwords after at most 90 days (0, never expire, fails).',
  risk: 'A password that never expires keeps working for as long as a leaked copy circulates.',
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
    console: 'IAM > Account settings > Password policy > Edit > Custom: Turn on password expiration: 90 days; save.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  ],
  evaluate(policy) {
    return check('maxPasswordAge', policy.properties.maxPasswordAge, (days) => days > 0 && days <= 90, {
      pass: 'Passwords expire within 90 days',
      fail: 'Passwords never expire or live longer than 90 days',
    });
  },
});
