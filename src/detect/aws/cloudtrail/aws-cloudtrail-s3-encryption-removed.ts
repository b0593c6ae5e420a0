import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-encryption-removed',
  kind: 'event',
  services: ['s3'],
  actions: ['DeleteBucketEncryption'],
  title: 'A bucket\'s default encryption configuration was deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562', techniqueName: 'Impair Defenses' },
  description: 'DeleteBucketEncryption removed the bucket\'s default encryption settings. S3 falls back to SSE-S3, so objects stay encrypted at rest, but a customer-managed KMS key (and the access control and audit trail it gives) no longer applies to new objects.',
  falsePositives: 'Moving a bucket from KMS to SSE-S3 on purpose to save cost. Check whether the bucket holds data that policy says must use a KMS key.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketEncryption.html'],
  match(e) {
    if (!principalCall(e, 's3', 'DeleteBucketEncryption')) return undefined;
    return `${who(e)} deleted the default encryption configuration of bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'}`;
  },
});
