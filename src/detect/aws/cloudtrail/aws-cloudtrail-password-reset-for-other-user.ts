import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, otherUser, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-password-reset-for-other-user',
  kind: 'event',
  services: ['iam'],
  actions: ['UpdateLoginProfile'],
  title: "Another IAM user's console password was changed",
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: "A principal set a new console password for another IAM user (UpdateLoginProfile). With iam:UpdateLoginProfile an intruder takes over any user that has a console password, including administrators.",
  falsePositives: 'Help-desk password resets by administrators; confirm the user asked for it and that a reset at next sign-in was required.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['UpdateLoginProfile'])) return undefined;
    const target = otherUser(e);
    return target ? `${who(e)} changed the console password of IAM user ${target}` : undefined;
  },
});
