import { defineDetection } from '../../kit/detection.js';
import { trailFlagsState } from '../../kit/aws-b-trail-flags.js';

export default defineDetection({
  id: 'aws-cloudtrail-trail-scope-reduced',
  kind: 'stateful',
  services: ['cloudtrail'],
  title: 'A trail stopped covering all regions or global services',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'UpdateTrail turned off multi-region logging or global service events (IAM, STS, CloudFront): activity in the other regions, or in IAM, goes unrecorded by this trail. When the logs do not show the earlier settings, the call is reported at low severity.',
  falsePositives: 'A regional trail kept on purpose next to an organization-wide trail; templates re-sending a single-region setting. Check that another trail still covers every region and IAM.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events'],
  create: () =>
    trailFlagsState(
      [
        { param: 'isMultiRegionTrail', createDefault: false, lost: 'stop logging other regions' },
        { param: 'includeGlobalServiceEvents', createDefault: true, lost: 'stop logging global service events' },
      ],
      'low',
    ),
});
