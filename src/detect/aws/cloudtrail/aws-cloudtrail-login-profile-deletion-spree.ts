import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 10;
const USERS = 5;

export default defineDetection({
  id: 'aws-cloudtrail-login-profile-deletion-spree',
  kind: 'threshold',
  services: ['iam'],
  title: 'Console passwords of many users deleted by one principal',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1531', techniqueName: 'Account Access Removal' },
  description: `The console passwords (login profiles) of ${USERS} or more IAM users deleted by one principal within ${WINDOW_MINUTES} minutes: those people can no longer sign in to respond.`,
  falsePositives: 'Moving people from IAM users to federated sign-in in bulk.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteLoginProfile.html'],
  filter: (e) => callEvenViaService(e, 'iam', ['DeleteLoginProfile']),
  groupBy: (e) => e.actor.id,
  distinct: (e) => paramStr(e, 'userName') ?? e.actor.name,
  threshold: USERS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${principal} deleted the console passwords of ${n} IAM users within ${WINDOW_MINUTES} minutes`,
});
