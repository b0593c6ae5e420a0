import { defineDetection } from '../../kit/detection.js';
import { phaseOf } from '../../kit/azure-events.js';

const WINDOW_MINUTES = 10;
const FAILURES = 10;

export default defineDetection({
  id: 'azure-activity-failed-operations-burst',
  kind: 'threshold',
  title: 'Burst of failed control-plane operations by one caller',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Discovery', technique: 'T1580', techniqueName: 'Cloud Infrastructure Discovery' },
  description: `${FAILURES} or more failed write, delete or action operations by one caller within ${WINDOW_MINUTES} minutes: a stolen credential probing what it may do, or an attack tool walking the subscription.`,
  falsePositives: 'A broken deployment pipeline retrying the same operation. Check whether the failures repeat one operation or spread over many.',
  references: ['https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema'],
  filter: (e) => e.readOnly !== true && (phaseOf(e) === 'Failed' || e.errorCode !== undefined),
  groupBy: (e) => e.actor.id,
  threshold: FAILURES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (caller, n) => `${n} failed operations by ${caller} within ${WINDOW_MINUTES} minutes`,
});
