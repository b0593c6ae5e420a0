import { defineExamples } from '../../kit/index.js';
import { cfnTrailWithBucket, trailWithBucket } from '../../kit/aws-logging-trail-examples.js';

export default defineExamples({
  terraform: {
    good: [trailWithBucket('  object_lock_enabled = true')],
    bad: [trailWithBucket()],
    unknown: [`variable "lock" {
  type = bool
}
${trailWithBucket('  object_lock_enabled = var.lock')}`],
  },
  cloudformation: {
    good: [cfnTrailWithBucket('      ObjectLockEnabled: true\n      VersioningConfiguration:\n        Status: Enabled')],
    bad: [cfnTrailWithBucket('      BucketName: acme-trail-logs')],
  },
});
