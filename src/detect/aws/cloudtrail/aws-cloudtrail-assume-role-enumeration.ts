import { defineDetection } from '../../kit/detection.js';
import { accessDenied, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 10;
const ROLES = 10;

export default defineDetection({
  id: 'aws-cloudtrail-assume-role-enumeration',
  kind: 'threshold',
  services: ['sts'],
  title: 'Many different roles refused to one principal',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Discovery', technique: 'T1087.004', techniqueName: 'Account Discovery: Cloud Account' },
  description: `AssumeRole was denied for ${ROLES} or more different roles to one principal within ${WINDOW_MINUTES} minutes: guessing role names (in this or other accounts) to find one whose trust is too open, or to confirm which roles exist.`,
  falsePositives: 'A misconfigured deployment tool iterating over accounts with a wrong role name; the role names and target accounts then follow one pattern.',
  references: ['https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html'],
  filter: (e) => e.service === 'sts' && e.action === 'AssumeRole' && accessDenied(e),
  groupBy: (e) => e.actor.id,
  distinct: (e) => paramStr(e, 'roleArn'),
  threshold: ROLES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${principal} was refused ${n} different roles within ${WINDOW_MINUTES} minutes`,
});
