import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-publishing-destination-deleted',
  kind: 'event',
  services: ['guardduty'],
  actions: ['DeletePublishingDestination'],
  title: 'GuardDuty findings export was removed',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeletePublishingDestination stopped GuardDuty exporting findings to S3: findings older than the retention period will be lost and downstream tools that read the bucket go quiet.',
  falsePositives: 'Moving the export to a new bucket. Check that a replacement destination was created.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DeletePublishingDestination.html'],
  match(e) {
    if (!principalCall(e, 'guardduty', 'DeletePublishingDestination')) return undefined;
    return `${who(e)} deleted GuardDuty publishing destination ${asString(req(e, 'destinationId')) ?? '(not named in the request)'}`;
  },
});
