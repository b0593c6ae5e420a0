import { customerKeyEncryption, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-kms-encryption',
  title: 'S3 bucket default encryption does not use a customer-managed KMS key',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Default encryption should be SSE-KMS (or DSSE-KMS) with a customer-managed key. SSE-S3 (AES256, the default since 2023) and the AWS-managed aws/s3 key fail.',
  risk: 'With SSE-S3 or the AWS-managed key, anyone allowed s3:GetObject reads the data; a customer-managed key adds a second, separately audited permission and lets you revoke access by disabling the key.',
  remediation: {
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
    terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}`,
    cloudformation: `BucketEncryption:
  ServerSideEncryptionConfiguration:
    - ServerSideEncryptionByDefault:
        SSEAlgorithm: aws:kms
        KMSMasterKeyID: !GetAtt Key.Arn
      BucketKeyEnabled: true`,
    console: 'S3 > bucket > Properties > Default encryption > Edit > SSE-KMS > choose a customer managed key.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
  ],
  evaluate(bucket) {
    return customerKeyEncryption(bucket);
  },
});
