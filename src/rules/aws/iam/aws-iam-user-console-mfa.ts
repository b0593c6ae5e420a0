import { isFalse, isTrue } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-console-mfa',
  title: 'IAM user with a console password has no MFA device',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description: 'Every IAM user that can sign in to the console (has a password) should have an MFA device. Users without a password are out of scope.',
  risk: 'A console password alone falls to phishing, reuse from other breaches or guessing; MFA is what stops a stolen password from becoming a session in your account.',
  remediation: {
    cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name USER --outfile qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name USER --serial-number MFA_ARN --authentication-code1 CODE1 --authentication-code2 CODE2',
    terraform: `resource "aws_iam_virtual_mfa_device" "alice" {
  virtual_mfa_device_name = "alice"
}
# enable it for the user with the two codes (aws iam enable-mfa-device), or enforce MFA with a Deny-unless-MFA policy`,
    console: 'IAM > Users > the user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device; or remove the console password if the user does not need the console.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
  ],
  evaluate(user) {
    const { hasConsolePassword, mfaDevices } = user.properties;
    if (isFalse(hasConsolePassword)) return undefined;
    const mfa = check('mfaDevices', mfaDevices, (n) => n > 0, {
      pass: 'The user has an MFA device',
      fail: 'The user can sign in with a password but has no MFA device',
    });
    // An MFA device settles it; without one, the verdict hinges on whether a password exists.
    if (mfa.status === 'pass' || isTrue(hasConsolePassword)) return mfa;
    return unknown(`whether the user has a console password is unknown: ${hasConsolePassword.reason ?? 'unresolvable'}`, evidence('hasConsolePassword', hasConsolePassword), ...mfa.evidence);
  },
});
