import { defineDetection } from '../../kit/detection.js';
import { accessDenied, byService } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 10;
const DENIALS = 20;

export default defineDetection({
  id: 'aws-cloudtrail-access-denied-burst',
  kind: 'threshold',
  title: 'Burst of access-denied errors by one principal',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Discovery', technique: 'T1580', techniqueName: 'Cloud Infrastructure Discovery' },
  description: `${DENIALS} or more calls refused for lack of permission (AccessDenied, UnauthorizedOperation) to one principal within ${WINDOW_MINUTES} minutes: typical of stolen credentials being probed for what they can do (enumerate-iam, Pacu, ScoutSuite run with a weak key).`,
  falsePositives: 'A deployment or application that lost a permission and retries in a loop: the refused calls are then all the same action. Security scanners with partial permissions also produce this.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html'],
  filter: (e) => accessDenied(e) && !byService(e),
  groupBy: (e) => e.actor.id,
  threshold: DENIALS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${n} refused calls by ${principal} within ${WINDOW_MINUTES} minutes`,
});
