import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

export default defineDetection({
  id: 'aws-cloudtrail-s3-public-access-block-removed',
  kind: 'event',
  services: ['s3'],
  title: 'A bucket\'s Block Public Access was removed or weakened',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562', techniqueName: 'Impair Defenses' },
  description: 'DeletePublicAccessBlock on a bucket, or PutPublicAccessBlock with a setting turned off: the guard that stops a public policy or ACL from taking effect is gone. Usually the step before making the bucket public.',
  falsePositives: 'A bucket that serves a public website on purpose. The account-level block, if on, still applies.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  match(e) {
    const bucket = asString(req(e, 'bucketName')) ?? '(unnamed)';
    // CloudTrail names the bucket-level calls PutBucketPublicAccessBlock/DeleteBucketPublicAccessBlock.
    if (principalCall(e, 's3', 'DeleteBucketPublicAccessBlock', 'DeletePublicAccessBlock') && req(e, 'bucketName') !== undefined) return `${who(e)} removed Block Public Access from bucket ${bucket}`;
    if (!principalCall(e, 's3', 'PutBucketPublicAccessBlock', 'PutPublicAccessBlock') || req(e, 'bucketName') === undefined) return undefined;
    const off = SETTINGS.filter((s) => asBool(req(e, 'PublicAccessBlockConfiguration', s)) === false);
    if (off.length === 0) return undefined;
    return `${who(e)} turned off ${off.join(', ')} on bucket ${bucket}`;
  },
});
