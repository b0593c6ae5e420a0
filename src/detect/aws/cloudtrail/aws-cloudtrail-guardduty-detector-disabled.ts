import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-detector-disabled',
  kind: 'event',
  services: ['guardduty'],
  actions: ['UpdateDetector'],
  title: 'A GuardDuty detector was suspended',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'UpdateDetector with enable=false suspended GuardDuty in the region: it stops analysing CloudTrail, VPC flow and DNS logs, so the attack that follows raises no finding.',
  falsePositives: 'Rare outside test accounts. Confirm with the security team and re-enable.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/APIReference/API_UpdateDetector.html'],
  match(e) {
    if (!principalCall(e, 'guardduty', 'UpdateDetector') || asBool(req(e, 'enable')) !== false) return undefined;
    return `${who(e)} suspended GuardDuty detector ${asString(req(e, 'detectorId')) ?? '(unnamed)'}`;
  },
});
