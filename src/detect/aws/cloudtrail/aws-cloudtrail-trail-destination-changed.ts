import { defineDetection, type DetectorState } from '../../kit/detection.js';
import { asString, principalCall, req, succeeded, who } from '../../kit/aws-b-params.js';
import { TrailMemory } from '../../kit/aws-b-trail-memory.js';

/**
 * UpdateTrail logs only the new bucket, and infrastructure-as-code tools send the bucket on every update.
 * So the bucket each trail was last seen with (CreateTrail or UpdateTrail) is remembered: the same bucket
 * again is quiet, a different one is the signal, and a bucket with no earlier record is reported at low
 * severity because the log alone cannot say whether it changed.
 */
export function destinationState(): DetectorState {
  const buckets = new TrailMemory<string>();
  return {
    push(e) {
      if (e.service !== 'cloudtrail' || !succeeded(e) || (e.action !== 'CreateTrail' && e.action !== 'UpdateTrail')) return [];
      const bucket = asString(req(e, 's3BucketName'));
      if (!bucket) return [];
      const before = buckets.swap(e, bucket);
      if (e.action === 'CreateTrail' || !principalCall(e, 'cloudtrail', 'UpdateTrail') || before === bucket) return [];
      const trail = asString(req(e, 'name')) ?? '(unnamed)';
      if (before === undefined) return [{ message: `${who(e)} set trail ${trail} to deliver to bucket ${bucket} (the previous bucket is not in these logs)`, events: [e], severity: 'low' }];
      return [{ message: `${who(e)} moved trail ${trail} from bucket ${before} to ${bucket}`, events: [e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-trail-destination-changed',
  kind: 'stateful',
  services: ['cloudtrail'],
  title: 'A trail now delivers its logs to another bucket',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'UpdateTrail changed the S3 bucket the trail delivers to. Logs sent to a bucket the attacker controls (or that nobody watches) are lost to the defenders while the trail still looks healthy. When the logs do not show the earlier bucket, the change is reported at low severity.',
  falsePositives: 'A planned move to a central log-archive bucket. Check that the new bucket belongs to the organization and that the SIEM reads it.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_UpdateTrail.html'],
  create: () => destinationState(),
});
