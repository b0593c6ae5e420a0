import { all, check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-root-hardware-mfa',
  title: 'Root user MFA is not a hardware device',
  severity: 'critical',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-account',
  description: 'The root user should be protected by a hardware MFA device (a FIDO security key or a hardware TOTP token) rather than a virtual authenticator app, or no MFA at all.',
  risk: 'A virtual MFA seed lives on a phone or laptop that can be lost, backed up to the cloud or compromised; a hardware key cannot be copied and resists phishing.',
  remediation: {
    console: 'Sign in as the root user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device > Passkey or security key (or Hardware TOTP token); then remove the virtual device.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
  ],
  evaluate(root) {
    const on = (b: boolean) => b;
    return all(
      [
        check('mfaEnabled', root.properties.mfaEnabled, on, { pass: '', fail: 'the root user has no MFA device at all' }),
        check('hardwareMfa', root.properties.hardwareMfa, on, { pass: '', fail: 'the root user MFA is not a hardware device' }),
      ],
      'The root user is protected by a hardware MFA device',
    );
  },
});
