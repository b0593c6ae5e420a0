import { defineDetection } from '../../kit/detection.js';

const WINDOW_MINUTES = 10;
const FAILURES = 5;

export default defineDetection({
  id: 'aws-cloudtrail-console-brute-force',
  kind: 'threshold',
  services: ['signin'],
  title: 'Repeated failed console sign-ins from one source',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1110', techniqueName: 'Brute Force' },
  description: `${FAILURES} or more failed console sign-ins from one source IP within ${WINDOW_MINUTES} minutes: password guessing or credential stuffing against IAM users or root.`,
  falsePositives: 'A user who forgot a recently changed password, or a shared egress IP of a large office; check whether a success followed from the same IP.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html'],
  filter: (e) => e.action === 'ConsoleLogin' && (e.errorCode !== undefined || (e.response as { ConsoleLogin?: string } | undefined)?.ConsoleLogin === 'Failure'),
  groupBy: (e) => e.sourceIp,
  threshold: FAILURES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (ip, n) => `${n} failed console sign-ins from ${ip} within ${WINDOW_MINUTES} minutes`,
});
