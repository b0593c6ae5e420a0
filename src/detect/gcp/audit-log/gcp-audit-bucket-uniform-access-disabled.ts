import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { gcpWho, okMethod, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-bucket-uniform-access-disabled',
  kind: 'event',
  title: 'Uniform bucket-level access disabled',
  severity: 'medium',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1222', techniqueName: 'File and Directory Permissions Modification' },
  description: 'A bucket update turned uniform bucket-level access off: per-object ACLs apply again, so single objects can be made public without the bucket\'s IAM policy showing it. The setting is read from the logged request or bucket metadata; an update that does not carry it is not judged.',
  falsePositives: 'A legacy workload that still writes object ACLs, within the 90 days the change can be reverted. Check whether public object ACLs follow.',
  references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access'],
  match(e) {
    if (!okMethod(e, 'storage.buckets.update', 'storage.buckets.patch')) return undefined;
    if (uniformAccess(e) !== false) return undefined;
    return `${gcpWho(e)} disabled uniform bucket-level access on ${resourceOf(e).replace(/^projects\/_\/buckets\//, 'bucket ')}`;
  },
});

/** `iamConfiguration.uniformBucketLevelAccess.enabled` (or the older `bucketPolicyOnly`) from the request or metadata. */
function uniformAccess(e: AuditEvent): boolean | undefined {
  for (const root of [e.request, e.additional?.['metadata']]) {
    const iam = (root as { iamConfiguration?: Record<string, { enabled?: unknown }> } | undefined)?.iamConfiguration;
    const v = iam?.['uniformBucketLevelAccess']?.enabled ?? iam?.['bucketPolicyOnly']?.enabled;
    if (v === true || v === false) return v;
  }
  return undefined;
}
