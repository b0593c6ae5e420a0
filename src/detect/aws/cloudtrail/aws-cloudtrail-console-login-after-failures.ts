import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { succeeded } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 30;
const isLogin = (e: AuditEvent) => e.service === 'signin' && e.action === 'ConsoleLogin';
const failure = (e: AuditEvent) => isLogin(e) && !succeeded(e);
const success = (e: AuditEvent) => isLogin(e) && succeeded(e);

export default defineDetection({
  id: 'aws-cloudtrail-console-login-after-failures',
  kind: 'sequence',
  services: ['signin'],
  title: 'Successful console sign-in after repeated failures from the same source',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1110.001', techniqueName: 'Brute Force: Password Guessing' },
  description: `Three or more failed console sign-ins from one source IP followed by a successful one within ${WINDOW_MINUTES} minutes: the password guessing may have worked.`,
  falsePositives: 'A user who mistyped a password a few times and then got it right; confirm with the user that the sign-in was theirs and check what the session did.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html'],
  steps: [failure, failure, failure, success],
  groupBy: (e) => (isLogin(e) ? e.sourceIp : undefined),
  windowMs: WINDOW_MINUTES * 60_000,
  message: (ip, events) => `console sign-in as ${events[events.length - 1]!.actor.name} from ${ip} succeeded after at least ${events.length - 1} failures`,
});
