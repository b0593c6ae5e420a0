import { defineDetection, type DetectorState } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { TrailMemory } from '../../kit/aws-b-trail-memory.js';
import { trailCoverage } from '../../kit/aws-b-trail-selectors.js';

/**
 * PutEventSelectors logs only the new selectors. Each trail's last selectors seen in the logs are
 * remembered: losing data events that were there is the signal; selectors without data events and no
 * earlier record are reported as info, since most trails never logged data events.
 */
export function dataEventsState(): DetectorState {
  const hadData = new TrailMemory<boolean>();
  return {
    push(e) {
      if (!principalCall(e, 'cloudtrail', 'PutEventSelectors')) return [];
      const c = trailCoverage(e);
      if (!c) return [];
      const before = hadData.swap(e, c.dataEvents);
      if (c.dataEvents || before === false) return [];
      const trail = asString(req(e, 'trailName')) ?? '(unnamed)';
      if (before === undefined) return [{ message: `${who(e)} set event selectors on trail ${trail} that log no data events (earlier selectors not in these logs)`, events: [e], severity: 'info' }];
      return [{ message: `${who(e)} removed data events from trail ${trail}`, events: [e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-data-events-dropped',
  kind: 'stateful',
  services: ['cloudtrail'],
  title: 'A trail stopped logging data events',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'PutEventSelectors replaced selectors that logged data events (S3 object reads and writes, Lambda invocations) with ones that log none: object-level access to sensitive buckets is no longer recorded. Without the earlier selectors in the logs, the call is reported as info.',
  falsePositives: 'Cutting data-event cost on purpose. Check that buckets holding sensitive data are still covered by another trail or by server access logs.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
  create: () => dataEventsState(),
});
