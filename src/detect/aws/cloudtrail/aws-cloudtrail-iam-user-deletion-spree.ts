import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 10;
const USERS = 5;

export default defineDetection({
  id: 'aws-cloudtrail-iam-user-deletion-spree',
  kind: 'threshold',
  services: ['iam'],
  title: 'Many IAM users deleted by one principal',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1531', techniqueName: 'Account Access Removal' },
  description: `${USERS} or more IAM users deleted by one principal within ${WINDOW_MINUTES} minutes: locking the owners out (often before ransom or destruction), or wiping traces.`,
  falsePositives: 'Off-boarding clean-ups and infrastructure code destroying a test environment; these come from the usual pipeline role.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html'],
  filter: (e) => callEvenViaService(e, 'iam', ['DeleteUser']),
  groupBy: (e) => e.actor.id,
  distinct: (e) => paramStr(e, 'userName'),
  threshold: USERS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${principal} deleted ${n} IAM users within ${WINDOW_MINUTES} minutes`,
});
