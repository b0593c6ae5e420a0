import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-mfa-device-deleted',
  kind: 'event',
  services: ['iam'],
  actions: ['DeleteVirtualMFADevice'],
  title: 'Virtual MFA device deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1556.006', techniqueName: 'Modify Authentication Process: Multi-Factor Authentication' },
  description: 'A virtual MFA device was deleted (DeleteVirtualMFADevice), usually right after it was deactivated. On its own it is housekeeping; together with a deactivation it completes the removal of a user\'s MFA.',
  falsePositives: 'Cleaning up devices of departed users or failed enrolments.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteVirtualMFADevice.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['DeleteVirtualMFADevice'])) return undefined;
    const serial = paramStr(e, 'serialNumber') ?? '(unknown)';
    if (/:mfa\/root-account-mfa-device$/.test(serial)) return undefined;
    return `${who(e)} deleted virtual MFA device ${serial}`;
  },
});
