import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-password-policy-allow-change',
  title: 'IAM password policy does not let users change their own password',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.password-policy',
  description:
    'The account password policy should allow IAM users to change their own password (AllowUsersToChangePassword). Without it (the default when no policy is set) only an administrator can change a user\'s password.',
  risk: 'Users who suspect their password leaked cannot replace it themselves, so they keep using it until an administrator acts; expiry settings cannot work either.',
  remediation: {
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password --max-password-age 90 --password-reuse-prevention 24   # unspecified settings reset to defaults, so pass them all',
    terraform: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  allow_users_to_change_password = true
}`,
    console: 'IAM > Account settings > Password policy > Edit > Custom: tick "Allow users to change their own password"; save.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  ],
  evaluate(policy) {
    return check('allowUsersToChangePassword', policy.properties.allowUsersToChangePassword, (b) => b, {
      pass: 'Users may change their own password',
      fail: 'Users may not change their own password',
    });
  },
});
