import { defineDetection } from '../../kit/detection.js';
import { succeeded } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-root-password-changed',
  kind: 'event',
  services: ['signin'],
  title: 'Root password was changed',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: 'The password of the account root user changed. An intruder who got in as root changes it to lock the owner out.',
  falsePositives: 'A planned rotation of the root password by the account owner; confirm with them.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-password.html'],
  match(e) {
    if (e.service !== 'signin' || e.action !== 'PasswordUpdated' || e.actor.type !== 'Root') return undefined;
    if (!succeeded(e) || (e.response as { PasswordUpdated?: unknown } | undefined)?.PasswordUpdated === 'Failure') return undefined;
    return `root password changed${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
