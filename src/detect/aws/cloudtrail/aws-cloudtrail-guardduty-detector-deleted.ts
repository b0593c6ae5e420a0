import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-detector-deleted',
  kind: 'event',
  services: ['guardduty'],
  actions: ['DeleteDetector'],
  title: 'A GuardDuty detector was deleted',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteDetector removed GuardDuty from the region: no more threat findings, and the findings history of the detector is deleted with it.',
  falsePositives: 'Decommissioning a region nobody uses, or moving to delegated-administrator management. Check that the organization still has GuardDuty on in that region.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeleteDetector.html'],
  match(e) {
    if (!principalCall(e, 'guardduty', 'DeleteDetector')) return undefined;
    return `${who(e)} deleted GuardDuty detector ${asString(req(e, 'detectorId')) ?? '(not named in the request)'}`;
  },
});
