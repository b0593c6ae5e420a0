import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** Keys that AWS manages (the `aws/s3` alias): encryption with them is not under the customer's control. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

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
    const { encryptionAlgorithm: alg, encryptionKmsKeyId: key } = bucket.properties;
    const algo = check('encryptionAlgorithm', alg, (a) => a.startsWith('aws:kms'), { pass: '', fail: `Default encryption is ${String(alg.value)}, not SSE-KMS` });
    if (algo.status !== 'pass') return algo;
    const ev = [evidence('encryptionAlgorithm', alg), evidence('encryptionKmsKeyId', key)];
    if (!isKnown(key)) return unknown(`The KMS key of default encryption could not be determined: ${key.reason ?? 'unresolvable'}`, ...ev);
    if (key.value === null || AWS_MANAGED_ALIAS.test(key.value)) return fail('Default encryption uses the AWS-managed aws/s3 key, not a customer-managed key', ...ev);
    return pass(`Default encryption uses KMS key ${key.value}`, ...ev);
  },
});
