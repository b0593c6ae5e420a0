import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-versioned-lifecycle',
  title: 'Versioned S3 bucket has no lifecycle configuration',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'A bucket with versioning enabled should have at least one lifecycle rule, so that noncurrent object versions (and delete markers left behind) expire after a set time instead of piling up. Buckets without versioning are not judged.',
  risk: 'With versioning on, every overwrite and delete keeps the old copy: without a rule that expires noncurrent versions, data the application deleted is still there to leak, and the bucket grows and costs more with every change.',
  remediation: {
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration \'{"Rules":[{"ID":"noncurrent-versions","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":90},"Expiration":{"ExpiredObjectDeleteMarker":true}}]}\'',
    terraform: `resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "noncurrent-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
    expiration {
      expired_object_delete_marker = true
    }
  }
}`,
    cloudformation: `LifecycleConfiguration:
  Rules:
    - Id: noncurrent-versions
      Status: Enabled
      NoncurrentVersionExpiration:
        NoncurrentDays: 90
      ExpiredObjectDeleteMarker: true`,
    console: 'S3 > bucket > Management > Lifecycle rules > Create lifecycle rule: Permanently delete noncurrent versions of objects (after the days to keep them), and Delete expired object delete markers.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10',
  ],
  evaluate(bucket) {
    const { versioningEnabled: versioned, lifecycleRuleCount: rules } = bucket.properties;
    // Without versioning there are no noncurrent versions to expire: S3.10 does not apply.
    if (isKnown(versioned) && !versioned.value) return undefined;
    const ev = [evidence('versioningEnabled', versioned), evidence('lifecycleRuleCount', rules)];
    // Lifecycle rules satisfy the control whether or not the bucket turns out to be versioned.
    if (isKnown(rules) && rules.value > 0) return pass('The bucket has lifecycle rules', ...ev);
    if (!isKnown(versioned)) return unknown(`whether versioning is enabled could not be determined: ${versioned.reason ?? 'unresolvable'}`, ...ev);
    if (!isKnown(rules)) return unknown(`the bucket's lifecycle rules could not be read: ${rules.reason ?? 'unresolvable'}`, ...ev);
    return fail('Versioning is enabled but the bucket has no lifecycle rule, so noncurrent versions are kept forever', ...ev);
  },
});
