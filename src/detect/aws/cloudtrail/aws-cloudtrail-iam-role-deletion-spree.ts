import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 10;
const ROLES = 5;

export default defineDetection({
  id: 'aws-cloudtrail-iam-role-deletion-spree',
  kind: 'threshold',
  services: ['iam'],
  title: 'Many IAM roles deleted by one principal',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1531', techniqueName: 'Account Access Removal' },
  description: `${ROLES} or more IAM roles deleted by one principal within ${WINDOW_MINUTES} minutes. Deleting the roles people and workloads use to get in (SSO, break-glass, deployment roles) locks the organization out and breaks applications.`,
  falsePositives: 'Infrastructure code tearing down a stack or an environment; check the caller is the pipeline and the roles belonged to that stack.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html'],
  filter: (e) => callEvenViaService(e, 'iam', ['DeleteRole']),
  groupBy: (e) => e.actor.id,
  distinct: (e) => paramStr(e, 'roleName'),
  threshold: ROLES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${principal} deleted ${n} IAM roles within ${WINDOW_MINUTES} minutes`,
});
