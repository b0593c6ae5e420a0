import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-mfa-device-deactivated',
  kind: 'event',
  services: ['iam'],
  actions: ['DeactivateMFADevice'],
  title: "An IAM user's MFA device was deactivated",
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1556.006', techniqueName: 'Modify Authentication Process: Multi-Factor Authentication' },
  description: "An MFA device was removed from an IAM user (DeactivateMFADevice). Afterwards the user's password alone signs in, and policies that require MFA no longer protect it. Root's own device is covered by the root MFA detection.",
  falsePositives: 'A user replacing a lost or new phone: a new device is normally enabled within minutes. Deactivation without re-enrolment is the suspicious case.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeactivateMFADevice.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['DeactivateMFADevice'])) return undefined;
    const serial = paramStr(e, 'serialNumber') ?? '';
    if (/:mfa\/root-account-mfa-device$/.test(serial) || (e.actor.type === 'Root' && !paramStr(e, 'userName'))) return undefined;
    const user = paramStr(e, 'userName') ?? e.actor.name;
    return `${who(e)} deactivated MFA device ${serial || '(unknown)'} of IAM user ${user}`;
  },
});
