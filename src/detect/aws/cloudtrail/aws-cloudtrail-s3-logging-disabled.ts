import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-logging-disabled',
  kind: 'event',
  services: ['s3'],
  actions: ['PutBucketLogging'],
  title: 'Server access logging was turned off for a bucket',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'PutBucketLogging with an empty logging status (no LoggingEnabled): requests to the bucket are no longer logged, so reads of its objects leave no trace unless the trail logs S3 data events.',
  falsePositives: 'Replacing access logs with CloudTrail data events, or clean-up of test buckets.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLogging.html'],
  match(e) {
    if (!principalCall(e, 's3', 'PutBucketLogging')) return undefined;
    const status = req(e, 'BucketLoggingStatus');
    if (status === undefined || req(e, 'BucketLoggingStatus', 'LoggingEnabled') !== undefined) return undefined;
    return `${who(e)} turned off access logging for bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'}`;
  },
});
