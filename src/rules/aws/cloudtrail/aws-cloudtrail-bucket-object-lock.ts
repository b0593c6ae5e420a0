import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isOutcome, trailBucket } from '../../kit/aws-logging-trail-bucket.js';

export default defineRule({
  id: 'aws-cloudtrail-bucket-object-lock',
  title: 'CloudTrail bucket does not protect log files from deletion',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description: 'The S3 bucket a trail delivers to should make its log files hard to destroy: S3 Object Lock (write-once retention), or at least versioning with MFA delete.',
  risk: 'An intruder with S3 rights in the log account can delete the evidence of what they did; Object Lock (or MFA delete) keeps the audit trail intact even then.',
  remediation: {
    cli: 'aws s3api put-object-lock-configuration --bucket TRAIL_BUCKET --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":365}}}\'',
    terraform: `resource "aws_s3_bucket" "trail" {
  bucket              = "org-cloudtrail-logs"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 365
    }
  }
}`,
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  ObjectLockEnabled: true
  ObjectLockConfiguration:
    ObjectLockEnabled: Enabled
    Rule: { DefaultRetention: { Mode: COMPLIANCE, Days: 365 } }
  VersioningConfiguration: { Status: Enabled }`,
    console: 'S3 > the trail bucket > Properties > Object Lock > Edit > Enable, with a default retention (existing buckets need versioning first).',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
  evaluate(trail, ctx) {
    const bucket = trailBucket(trail, ctx);
    if (bucket === undefined || isOutcome(bucket)) return bucket;
    const { objectLockEnabled: lock, mfaDeleteEnabled: mfa } = bucket.properties;
    const ev = [evidence(`bucket(${bucket.name}).objectLockEnabled`, lock), evidence(`bucket(${bucket.name}).mfaDeleteEnabled`, mfa)];
    if (isKnown(lock) && lock.value) return pass(`the trail bucket ${bucket.name} has Object Lock`, ...ev);
    if (isKnown(mfa) && mfa.value) return pass(`the trail bucket ${bucket.name} requires MFA to delete versions`, ...ev);
    if (!isKnown(lock) || !isKnown(mfa)) return unknown(`Object Lock or MFA delete of ${bucket.name} could not be determined`, ...ev);
    return fail(`the trail bucket ${bucket.name} has neither Object Lock nor MFA delete`, ...ev);
  },
});
