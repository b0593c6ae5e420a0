import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 10;
const USERS = 5;

export default defineDetection({
  id: 'aws-cloudtrail-access-key-deletion-spree',
  kind: 'threshold',
  services: ['iam'],
  title: 'Access keys of many users deleted or disabled by one principal',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1531', techniqueName: 'Account Access Removal' },
  description: `Access keys of ${USERS} or more different IAM users deleted or deactivated by one principal within ${WINDOW_MINUTES} minutes: cutting off applications and administrators, or an intruder removing the keys others could use to respond.`,
  falsePositives: 'Incident response revoking keys in bulk, or a key-rotation job; both come from known principals.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html'],
  filter: (e) => callEvenViaService(e, 'iam', ['DeleteAccessKey']) || (callEvenViaService(e, 'iam', ['UpdateAccessKey']) && paramStr(e, 'status') === 'Inactive'),
  groupBy: (e) => e.actor.id,
  // A user acting on their own keys names no user; the caller is then the key's owner.
  distinct: (e) => paramStr(e, 'userName') ?? e.actor.name,
  threshold: USERS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${principal} removed access keys of ${n} IAM users within ${WINDOW_MINUTES} minutes`,
});
