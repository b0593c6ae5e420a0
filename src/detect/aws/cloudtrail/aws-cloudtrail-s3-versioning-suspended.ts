import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-versioning-suspended',
  kind: 'event',
  services: ['s3'],
  actions: ['PutBucketVersioning'],
  title: 'Versioning or MFA delete was turned off for a bucket',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1490', techniqueName: 'Inhibit System Recovery' },
  description: 'PutBucketVersioning suspended versioning or disabled MFA delete: overwritten and deleted objects can no longer be recovered from earlier versions, which ransomware-style attacks on S3 need before they delete or encrypt.',
  falsePositives: 'Cost clean-up of buckets holding disposable data (build artefacts, caches).',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  match(e) {
    if (!principalCall(e, 's3', 'PutBucketVersioning')) return undefined;
    const changes = [asString(req(e, 'VersioningConfiguration', 'Status')) === 'Suspended' ? 'suspended versioning' : undefined, asString(req(e, 'VersioningConfiguration', 'MfaDelete')) === 'Disabled' ? 'disabled MFA delete' : undefined].filter(Boolean);
    if (changes.length === 0) return undefined;
    return `${who(e)} ${changes.join(' and ')} on bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'}`;
  },
});
