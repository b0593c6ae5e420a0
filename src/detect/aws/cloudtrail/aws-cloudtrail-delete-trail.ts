import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-delete-trail',
  kind: 'event',
  services: ['cloudtrail'],
  actions: ['DeleteTrail'],
  title: 'A CloudTrail trail was deleted',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'A trail was deleted (DeleteTrail): its recording stops for good and its configuration is gone.',
  falsePositives: 'Consolidating trails into an organization trail. Confirm the replacement trail exists and logs the same regions and events.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DeleteTrail.html'],
  match(e) {
    if (!principalCall(e, 'cloudtrail', 'DeleteTrail')) return undefined;
    return `${who(e)} deleted trail ${asString(req(e, 'name')) ?? '(unnamed)'}`;
  },
});
