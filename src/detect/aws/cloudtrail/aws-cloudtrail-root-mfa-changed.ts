import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const MFA_ACTIONS = ['CreateVirtualMFADevice', 'EnableMFADevice', 'DeactivateMFADevice', 'DeleteVirtualMFADevice', 'ResyncMFADevice'];

export default defineDetection({
  id: 'aws-cloudtrail-root-mfa-changed',
  kind: 'event',
  services: ['iam'],
  actions: [...MFA_ACTIONS],
  title: "The root user's MFA device was changed",
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.005', techniqueName: 'Account Manipulation: Device Registration' },
  description: 'An MFA device of the account root user was created, enabled, deactivated, deleted or resynchronised. Replacing root MFA with their own device is how an intruder keeps root.',
  falsePositives: 'The account owner replacing a lost or old MFA device; confirm with them.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-virt-mfa-for-root.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', MFA_ACTIONS)) return undefined;
    const serial = paramStr(e, 'serialNumber') ?? '';
    // Root manages its own device when it names no user; any caller naming the root device is also a root change.
    const rootDevice = /:mfa\/root-account-mfa-device$/.test(serial) || (e.actor.type === 'Root' && !paramStr(e, 'userName'));
    if (!rootDevice) return undefined;
    return `${e.action} on the root MFA device${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
