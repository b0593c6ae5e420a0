import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-access-logging',
  title: 'S3 bucket server access logging is disabled',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description: 'Server access logging should deliver a record of every request made to the bucket to a separate log bucket.',
  risk: 'Without access logs there is no record of who read or changed which objects, which hampers incident response and audits.',
  remediation: {
    cli: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
    terraform: `resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.this.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "access/"
}`,
    cloudformation: `LoggingConfiguration:
  DestinationBucketName: !Ref LogBucket
  LogFilePrefix: access/`,
    console: 'S3 > bucket > Properties > Server access logging > Edit > Enable, choose the destination bucket.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
  ],
  evaluate(bucket) {
    return check('loggingTargetBucket', bucket.properties.loggingTargetBucket, (t) => t !== null && t !== '', {
      pass: 'Server access logging is enabled',
      fail: 'Server access logging is disabled',
    });
  },
});
