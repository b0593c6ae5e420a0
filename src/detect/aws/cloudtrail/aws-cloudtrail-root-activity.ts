import { defineDetection } from '../../kit/detection.js';

export default defineDetection({
  id: 'aws-cloudtrail-root-activity',
  kind: 'event',
  title: 'The root user was used',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'A sign-in or an API call made as the account root user. Root cannot be restricted by IAM policies; day-to-day work should never need it.',
  falsePositives: 'The few tasks only root can do (closing the account, changing the support plan, restoring IAM access). Confirm with the account owner and record why.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html'],
  // A root session is one alert per hour per source, citing every call it made.
  fold: { key: (e) => `${e.account ?? ''}|${e.sourceIp ?? ''}`, windowMs: 60 * 60_000 },
  match(e) {
    if (e.actor.type !== 'Root' || e.actor.invokedBy) return undefined;
    // A failed root sign-in is someone trying the password; the brute-force detection covers it.
    if (e.errorCode) return undefined;
    return `root used ${e.service}:${e.action}${e.sourceIp ? ` from ${e.sourceIp}` : ''}${e.actor.mfa === false ? ' without MFA' : ''}`;
  },
});
