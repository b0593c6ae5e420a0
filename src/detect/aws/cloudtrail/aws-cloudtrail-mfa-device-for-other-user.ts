import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, otherUser, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-mfa-device-for-other-user',
  kind: 'event',
  services: ['iam'],
  actions: ['EnableMFADevice'],
  title: 'MFA device enrolled on another IAM user',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.005', techniqueName: 'Account Manipulation: Device Registration' },
  description: "A principal enabled an MFA device on an IAM user other than itself (EnableMFADevice). People enrol their own devices; enrolling one for someone else lets the holder of the device pass that user's MFA, and locks the real user out of MFA-protected actions.",
  falsePositives: 'Administrators enrolling hardware tokens for colleagues, or a service desk doing it in person; rare in most organizations.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['EnableMFADevice'])) return undefined;
    const target = otherUser(e);
    return target ? `${who(e)} enrolled MFA device ${paramStr(e, 'serialNumber') ?? '(unknown)'} on IAM user ${target}` : undefined;
  },
});
