import { defineDetection } from '../../kit/detection.js';
import { asStrings, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 10;
const FINDINGS = 10;

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-findings-archived',
  kind: 'threshold',
  services: ['guardduty'],
  title: 'GuardDuty findings archived in bulk',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: `${FINDINGS} or more distinct GuardDuty findings archived by one principal within ${WINDOW_MINUTES} minutes: an intruder hiding the findings its own activity raised.`,
  falsePositives: 'Analysts triaging a backlog, or automation archiving known-benign findings. Check who archived them and whether the findings were reviewed first.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ArchiveFindings.html'],
  filter: (e) => principalCall(e, 'guardduty', 'ArchiveFindings'),
  groupBy: (e) => e.actor.id,
  distinct: (e) => asStrings(req(e, 'findingIds')),
  threshold: FINDINGS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, n) => `${who} archived ${n} GuardDuty findings within ${WINDOW_MINUTES} minutes`,
});
