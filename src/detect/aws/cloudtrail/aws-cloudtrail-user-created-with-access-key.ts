import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 60;
const STEPS = ['CreateUser', 'CreateAccessKey'];

export default defineDetection({
  id: 'aws-cloudtrail-user-created-with-access-key',
  kind: 'sequence',
  services: ['iam'],
  title: 'New IAM user given an access key by its creator',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1136.003', techniqueName: 'Create Account: Cloud Account' },
  description: `A principal created an IAM user and, within ${WINDOW_MINUTES} minutes, an access key for it: long-lived programmatic access that survives the creator losing theirs.`,
  falsePositives: 'Service users created by hand or by a script for an integration; prefer roles, and check who received the key.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html'],
  steps: [(e: AuditEvent) => callEvenViaService(e, 'iam', ['CreateUser']), (e: AuditEvent) => callEvenViaService(e, 'iam', ['CreateAccessKey'])],
  groupBy: (e) => (e.service === 'iam' && STEPS.includes(e.action) && paramStr(e, 'userName') ? `${e.actor.id} -> ${paramStr(e, 'userName')}` : undefined),
  windowMs: WINDOW_MINUTES * 60_000,
  message: (key, events) => `${events[0]!.actor.name} created IAM user ${key.split(' -> ')[1]} and an access key for it`,
});
