import { isKnown } from '../../../model/core/index.js';
import { customerKeyEncryption, defineRule, evidence, sensitiveTag, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-sensitive-data-cmk',
  title: 'S3 bucket tagged as holding sensitive data is not encrypted with a customer-managed KMS key',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Buckets whose tags classify their data as sensitive (a DataClassification, Classification, Sensitivity or Confidentiality tag of pii, phi, pci, confidential, restricted, sensitive or secret) must use SSE-KMS with a customer-managed key; SSE-S3 and the AWS-managed aws/s3 key fail. Untagged buckets are left to aws-s3-bucket-kms-encryption.',
  risk: 'For personal, health or card data, a customer-managed key is the control auditors expect: a separately audited decrypt permission, and the ability to cut off every reader at once by disabling the key. With SSE-S3, any principal allowed s3:GetObject reads the data.',
  remediation: {
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
    terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.pii.arn
    }
    bucket_key_enabled = true
  }
}`,
    cloudformation: `BucketEncryption:
  ServerSideEncryptionConfiguration:
    - ServerSideEncryptionByDefault:
        SSEAlgorithm: aws:kms
        KMSMasterKeyID: !GetAtt PiiKey.Arn
      BucketKeyEnabled: true`,
    console: 'S3 > bucket > Properties > Default encryption > Edit > SSE-KMS > choose a customer managed key; re-encrypt existing objects with S3 Batch Operations.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk',
  ],
  evaluate(bucket) {
    if (!isKnown(bucket.tags)) return unknown(`The bucket's tags could not be read, so whether it holds sensitive data is unknown: ${bucket.tags.reason ?? 'unresolvable'}`, evidence('tags', bucket.tags));
    const tag = sensitiveTag(bucket.tags.value);
    if (!tag) return undefined;
    const verdict = customerKeyEncryption(bucket);
    return { ...verdict, message: `Tagged ${tag}: ${verdict.message || 'default encryption uses a customer-managed key'}` };
  },
});
