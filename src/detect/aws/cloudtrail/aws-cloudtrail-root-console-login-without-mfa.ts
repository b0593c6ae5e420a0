import { defineDetection } from '../../kit/detection.js';
import { succeeded } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-root-console-login-without-mfa',
  kind: 'event',
  services: ['signin'],
  title: 'Root user signed in to the console without MFA',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'The account root user signed in with a password alone. Root has unrestricted access to the account and its billing; without MFA a leaked root password is a full takeover.',
  falsePositives: 'Almost none: root should always have MFA. An account just created, before MFA was set up, is the usual benign case.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
  match(e) {
    if (e.service !== 'signin' || e.action !== 'ConsoleLogin' || e.actor.type !== 'Root') return undefined;
    if (!succeeded(e) || e.actor.mfa !== false) return undefined;
    return `root signed in to the console without MFA${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
