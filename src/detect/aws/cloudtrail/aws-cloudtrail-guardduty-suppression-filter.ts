import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-suppression-filter',
  kind: 'event',
  services: ['guardduty'],
  actions: ['CreateFilter', 'UpdateFilter'],
  title: 'A GuardDuty filter now auto-archives findings',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'CreateFilter or UpdateFilter with action ARCHIVE: matching findings are archived the moment they are raised, so nobody sees them. An intruder can silence the finding types its tools trigger.',
  falsePositives: 'Suppression rules for known-benign findings (a vulnerability scanner, a pentest). Read the filter criteria: a broad one (all severities, all types) is suspicious.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/findings_suppression-rule.html'],
  match(e) {
    if (!principalCall(e, 'guardduty', 'CreateFilter', 'UpdateFilter') || asString(req(e, 'action')) !== 'ARCHIVE') return undefined;
    return `${who(e)} set GuardDuty filter ${asString(req(e, 'name')) ?? asString(req(e, 'filterName')) ?? '(unnamed)'} to archive matching findings automatically`;
  },
});
