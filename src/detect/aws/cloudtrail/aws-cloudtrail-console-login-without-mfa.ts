import { defineDetection } from '../../kit/detection.js';
import { succeeded } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-console-login-without-mfa',
  kind: 'event',
  services: ['signin'],
  title: 'IAM user signed in to the console without MFA',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'A successful console sign-in by an IAM user that used only a password. A stolen or guessed password is then enough to get in; every human IAM user should have MFA.',
  falsePositives: 'Users who have not enrolled MFA yet (a new account), or break-glass users kept without MFA on purpose. Federated (SSO) sign-ins are not IAM users and do not fire: their MFA happens at the identity provider.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html'],
  match(e) {
    if (e.service !== 'signin' || e.action !== 'ConsoleLogin' || e.actor.type !== 'IAMUser') return undefined;
    if (!succeeded(e) || e.actor.mfa !== false) return undefined;
    return `IAM user ${e.actor.name} signed in to the console without MFA${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
