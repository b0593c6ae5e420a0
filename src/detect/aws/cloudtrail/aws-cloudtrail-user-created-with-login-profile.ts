import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 60;
const STEPS = ['CreateUser', 'CreateLoginProfile'];

export default defineDetection({
  id: 'aws-cloudtrail-user-created-with-login-profile',
  kind: 'sequence',
  services: ['iam'],
  title: 'New IAM user given a console password by its creator',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1136.003', techniqueName: 'Create Account: Cloud Account' },
  description: `A principal created an IAM user and, within ${WINDOW_MINUTES} minutes, a console password for it: a ready-to-use backdoor account unless it is a planned onboarding.`,
  falsePositives: 'Onboarding of a colleague who signs in with an IAM user; check the name against the joiner list and whether MFA follows.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html'],
  steps: [(e: AuditEvent) => callEvenViaService(e, 'iam', ['CreateUser']), (e: AuditEvent) => callEvenViaService(e, 'iam', ['CreateLoginProfile'])],
  // One sequence per creator and new user, so two users created together are judged apart.
  groupBy: (e) => (e.service === 'iam' && STEPS.includes(e.action) && paramStr(e, 'userName') ? `${e.actor.id} -> ${paramStr(e, 'userName')}` : undefined),
  windowMs: WINDOW_MINUTES * 60_000,
  message: (key, events) => `${events[0]!.actor.name} created IAM user ${key.split(' -> ')[1]} and a console password for it`,
});
