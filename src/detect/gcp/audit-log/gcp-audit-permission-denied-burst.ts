import { defineDetection } from '../../kit/detection.js';

const WINDOW_MINUTES = 10;
const DENIALS = 10;

export default defineDetection({
  id: 'gcp-audit-permission-denied-burst',
  kind: 'threshold',
  title: 'Burst of permission-denied calls by one principal',
  severity: 'medium',
  provider: 'gcp',
  mitre: { tactic: 'Discovery', technique: 'T1580', techniqueName: 'Cloud Infrastructure Discovery' },
  description: `${DENIALS} or more calls refused with PERMISSION_DENIED for one principal within ${WINDOW_MINUTES} minutes: a stolen credential enumerating what it may do.`,
  falsePositives: 'A misconfigured workload retrying one call. Check whether the denials spread over many services and methods.',
  references: ['https://cloud.google.com/logging/docs/audit/understanding-audit-logs', 'https://cloud.google.com/apis/design/errors'],
  filter: (e) => e.errorCode === 'PERMISSION_DENIED',
  groupBy: (e) => e.actor.id,
  threshold: DENIALS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${n} permission-denied calls by ${principal} within ${WINDOW_MINUTES} minutes`,
});
