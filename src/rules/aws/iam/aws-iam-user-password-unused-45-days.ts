import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, judgePasswordUse, unknown } from '../../kit/index.js';

const LIMIT_DAYS = 45;

export default defineRule({
  id: 'aws-iam-user-password-unused-45-days',
  title: 'IAM user console password unused for more than 45 days',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'A console password not used to sign in for more than 45 days (or never used and set more than 45 days ago) should be removed. Users without a password, and IaC declarations (no sign-in history), are out of scope. Access keys are judged by aws-iam-user-access-key-unused-45-days.',
  risk: 'A dormant console login belongs to someone who no longer needs it; if its password leaks, a sign-in would surprise nobody and the account owner would not notice.',
  remediation: {
    cli: 'aws iam delete-login-profile --user-name USER',
    terraform: '# remove the aws_iam_user_login_profile resource of the user',
    cloudformation: '# remove LoginProfile from the AWS::IAM::User',
    console: 'IAM > Users > the user > Security credentials > Console sign-in: Disable console access.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-8',
  ],
  evaluate(user, ctx) {
    if (user.origin.kind === 'iac') return undefined;
    const { hasConsolePassword, passwordLastUsed, passwordCreatedAt } = user.properties;
    if (!isKnown(hasConsolePassword)) return unknown('whether the user has a console password is unknown', evidence('hasConsolePassword', hasConsolePassword));
    if (!hasConsolePassword.value) return undefined;
    return judgePasswordUse(passwordLastUsed, ctx.now, LIMIT_DAYS, passwordCreatedAt);
  },
});
