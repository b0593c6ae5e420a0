import { defineDetection } from '../../kit/detection.js';
import { succeeded } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-root-password-recovery',
  kind: 'event',
  services: ['signin'],
  title: 'Root password recovery was requested or completed',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: 'Someone used the "forgot password" flow of the account root user. Whoever controls the root email inbox can take over the account this way.',
  falsePositives: 'The account owner recovering a lost root password; confirm with them, and check the root email address was not changed shortly before.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reset-root-password.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html'],
  match(e) {
    if (e.service !== 'signin' || (e.action !== 'PasswordRecoveryRequested' && e.action !== 'PasswordRecoveryCompleted')) return undefined;
    if (!succeeded(e)) return undefined;
    const step = e.action === 'PasswordRecoveryRequested' ? 'requested' : 'completed';
    return `root password recovery ${step}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
