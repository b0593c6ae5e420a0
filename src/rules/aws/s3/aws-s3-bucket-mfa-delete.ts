import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-mfa-delete',
  title: 'S3 bucket does not require MFA to delete object versions',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'MFA Delete should be enabled on versioned buckets holding important data, so that permanently deleting a version or suspending versioning needs the root user\'s MFA code. CloudFormation cannot set it.',
  risk: 'Without MFA Delete, a stolen access key with delete permissions can purge every object version, defeating versioning as a recovery mechanism.',
  remediation: {
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device 123456"   # as the root user',
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  mfa    = "\${var.root_mfa_serial} \${var.root_mfa_code}"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}`,
    console: 'Not available in the console: the bucket owner\'s root user runs the CLI command with its MFA device.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    'https://www.cisecurity.org/benchmark/amazon_web_services',
  ],
  evaluate(bucket) {
    return check('mfaDeleteEnabled', bucket.properties.mfaDeleteEnabled, (b) => b, {
      pass: 'MFA Delete is enabled',
      fail: 'MFA Delete is not enabled',
    });
  },
});
