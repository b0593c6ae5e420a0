import { defineDetection, type DetectorState } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { TrailMemory } from '../../kit/aws-b-trail-memory.js';
import { trailCoverage } from '../../kit/aws-b-trail-selectors.js';

/**
 * Each trail's last reduced coverage is remembered, so a template re-applying the same reduced selectors
 * is reported once, not on every deployment. A first sighting is always reported: the log cannot say what
 * the selectors were before, and the loss is too serious to wait for proof.
 */
export function managementEventsState(): DetectorState {
  const lastGap = new TrailMemory<string>();
  return {
    push(e) {
      if (!principalCall(e, 'cloudtrail', 'PutEventSelectors')) return [];
      const c = trailCoverage(e);
      if (!c) return [];
      const gap = [c.managementWrites ? '' : 'no-writes', ...[...c.excludedSources].sort()].filter(Boolean).join(',');
      const before = lastGap.swap(e, gap);
      if (gap === '' || before === gap) return [];
      const trail = asString(req(e, 'trailName')) ?? '(unnamed)';
      if (!c.managementWrites) return [{ message: `${who(e)} set event selectors on trail ${trail} that drop write management events`, events: [e] }];
      return [{ message: `${who(e)} excluded ${c.excludedSources.join(', ')} from management events on trail ${trail}`, events: [e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-management-events-dropped',
  kind: 'stateful',
  services: ['cloudtrail'],
  title: 'A trail stopped logging write management events',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'PutEventSelectors left the trail without write management events, or excluded whole event sources from them: configuration changes (IAM, EC2, KMS, ...) are no longer recorded by it while the trail keeps running. The same reduced selectors applied again are not reported twice.',
  falsePositives: 'A data-events-only trail kept next to a management trail, or KMS/RDS Data events excluded to save cost. Check what the account\'s other trails record.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutEventSelectors.html'],
  create: () => managementEventsState(),
});
