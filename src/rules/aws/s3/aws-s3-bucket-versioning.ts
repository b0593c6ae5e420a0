import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-versioning',
  title: 'S3 bucket versioning is not enabled',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description: 'Versioning should be enabled so that overwritten and deleted objects can be recovered.',
  risk: 'Without versioning, an overwrite or delete (by mistake, by a compromised credential, or by ransomware) destroys the only copy.',
  remediation: {
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
    terraform: `resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}`,
    cloudformation: `VersioningConfiguration:
  Status: Enabled`,
    console: 'S3 > bucket > Properties > Bucket Versioning > Edit > Enable.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
  ],
  evaluate(bucket) {
    return check('versioningEnabled', bucket.properties.versioningEnabled, (b) => b, {
      pass: 'Versioning is enabled',
      fail: 'Versioning is not enabled',
    });
  },
});
