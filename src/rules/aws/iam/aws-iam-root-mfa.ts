import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-root-mfa',
  title: 'Root user has no MFA device',
  severity: 'critical',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-account',
  description: 'The account root user should have multi-factor authentication enabled.',
  risk: 'The root user cannot be restricted by IAM policies; with only a password between an attacker and the root user, one phished or reused password means losing the whole account, including its billing and support settings.',
  remediation: {
    cli: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled   # MFA for root is assigned while signed in as root (console)',
    console: 'Sign in as the root user > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device (prefer a FIDO security key).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
  ],
  evaluate(root) {
    return check('mfaEnabled', root.properties.mfaEnabled, (on) => on, {
      pass: 'The root user has MFA enabled',
      fail: 'The root user has no MFA device',
    });
  },
});
