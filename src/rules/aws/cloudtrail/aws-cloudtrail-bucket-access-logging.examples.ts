import { defineExamples } from '../../kit/index.js';
import { cfnTrailWithBucket, trailWithBucket } from '../../kit/aws-logging-trail-examples.js';

const logging = `
resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = "acme-access-logs"
  target_prefix = "cloudtrail/"
}`;

export default defineExamples({
  terraform: {
    good: [trailWithBucket('', logging)],
    bad: [trailWithBucket()],
    unknown: [`resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "bucket-of-another-account"
}`],
  },
  cloudformation: {
    good: [cfnTrailWithBucket('      LoggingConfiguration:\n        DestinationBucketName: acme-access-logs\n        LogFilePrefix: cloudtrail/')],
    bad: [cfnTrailWithBucket('      BucketName: acme-trail-logs')],
  },
});
