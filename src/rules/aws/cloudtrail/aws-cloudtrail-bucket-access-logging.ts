import { check, defineRule } from '../../kit/index.js';
import { isOutcome, trailBucket } from '../../kit/aws-logging-trail-bucket.js';

export default defineRule({
  id: 'aws-cloudtrail-bucket-access-logging',
  title: 'CloudTrail bucket has no server access logging',
  severity: 'low',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description: 'The S3 bucket a trail delivers to should have server access logging on, so that every read, overwrite or deletion of the audit logs is itself recorded.',
  risk: 'The trail bucket is what an intruder reads to learn what was noticed and deletes to cover tracks; without access logs, neither leaves a trace.',
  remediation: {
    cli: 'aws s3api put-bucket-logging --bucket TRAIL_BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"ACCESS_LOG_BUCKET","TargetPrefix":"cloudtrail/"}}\'',
    terraform: `resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "cloudtrail/"
}`,
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  LoggingConfiguration:
    DestinationBucketName: !Ref AccessLogBucket
    LogFilePrefix: cloudtrail/`,
    console: 'S3 > the trail bucket > Properties > Server access logging > Edit > Enable, with a separate destination bucket.',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-7'],
  evaluate(trail, ctx) {
    const bucket = trailBucket(trail, ctx);
    if (bucket === undefined || isOutcome(bucket)) return bucket;
    return check(`bucket(${bucket.name}).loggingTargetBucket`, bucket.properties.loggingTargetBucket, (t) => t !== null, {
      pass: `the trail bucket ${bucket.name} logs access to ${bucket.properties.loggingTargetBucket.value ?? ''}`,
      fail: `the trail bucket ${bucket.name} has no server access logging`,
    });
  },
});
