import { all, check, defineRule } from '../../kit/index.js';
import type { PublicAccessBlockSettings } from '../../../model/aws/s3.js';

const SWITCHES: readonly (keyof PublicAccessBlockSettings)[] = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];

export default defineRule({
  id: 'aws-s3-access-point-block-public-access',
  title: 'S3 access point does not block all public access',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.access-point',
  description: 'Every access point should keep all four of its Block Public Access switches on (the default). They can only be set when the access point is created, so one created with a switch off stays that way.',
  risk: 'With a switch off, a public access point policy or ACL takes effect through the access point even where the bucket blocks it; one policy edit then opens the data to the internet.',
  remediation: {
    cli: 'aws s3control delete-access-point --account-id ACCOUNT --name NAME && aws s3control create-access-point --account-id ACCOUNT --name NAME --bucket BUCKET   # the switches cannot be changed in place; all four are on by default',
    terraform: `resource "aws_s3_access_point" "this" {
  bucket = aws_s3_bucket.this.id
  name   = "analytics"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}`,
    cloudformation: `Type: AWS::S3::AccessPoint
Properties:
  Bucket: !Ref Bucket
  PublicAccessBlockConfiguration:
    BlockPublicAcls: true
    IgnorePublicAcls: true
    BlockPublicPolicy: true
    RestrictPublicBuckets: true`,
    console: 'S3 > Access Points > the access point: note its policy, delete it, and create it again with "Block all public access" ticked.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19',
  ],
  evaluate(ap) {
    const pab = ap.properties.publicAccessBlock;
    return all(
      SWITCHES.map((k) => check(`publicAccessBlock.${k}`, pab[k], (on) => on, { pass: '', fail: `${k} is off` })),
      'All four Block Public Access switches of the access point are on',
    );
  },
});
