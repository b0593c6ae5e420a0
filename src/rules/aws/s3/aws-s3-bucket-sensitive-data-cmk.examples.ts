import { defineExamples } from '../../kit/index.js';

const tf = (encryption: string) => `resource "aws_s3_bucket" "customers" {
  bucket = "acme-customers"
  tags = {
    "data-classification" = "pii"
  }
}
${encryption}`;

const cfn = (encryption: string) => `Resources:
  Customers:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: DataClassification
          Value: confidential
${encryption}`;

export default defineExamples({
  terraform: {
    good: [
      tf(`resource "aws_kms_key" "pii" {
  description         = "customer data"
  enable_key_rotation = true
}
resource "aws_s3_bucket_server_side_encryption_configuration" "customers" {
  bucket = aws_s3_bucket.customers.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.pii.arn
    }
  }
}`),
    ],
    // SSE-S3 by default.
    bad: [tf('')],
  },
  cloudformation: {
    good: [cfn(`      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`)],
    bad: [cfn(`      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`)],
  },
});
