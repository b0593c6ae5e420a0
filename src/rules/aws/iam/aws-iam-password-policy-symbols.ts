import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-password-policy-symbols',
  title: 'IAM password policy does not require a symbol',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.password-policy',
  description: 'The account password policy should require at least one non-alphanumeric character.',
  risk: 'Without character-class requirements users pick dictionary words that cracking tools try first.',
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
    console: 'IAM > Account settings > Password policy > Edit > Custom: Require at least one non-alphanumeric character; save.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7',
  ],
  evaluate(policy) {
    return check('requireSymbols', policy.properties.requireSymbols, (on) => on, {
      pass: 'The password policy requires a symbol',
      fail: 'The password policy does not require a symbol',
    });
  },
});
