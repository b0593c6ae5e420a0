import { all, defineRule, isPublicGrantee, judgeBucketAcl, PUBLIC_CANNED_ACLS, publicPolicyOutcomes, settingOn, pass, unknown, type Outcome } from '../../kit/index.js';
import { isOutcome, trailBucket } from '../../kit/aws-logging-trail-bucket.js';

export default defineRule({
  id: 'aws-cloudtrail-bucket-public',
  title: 'CloudTrail bucket is publicly accessible',
  severity: 'critical',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'The S3 bucket a trail delivers to must not be readable by everyone: no public ACL grant and no bucket policy statement open to `*`, unless Block Public Access neutralises them.',
  risk: 'CloudTrail logs map the whole account: principals, resources, IP addresses, and what is (not) monitored. A public trail bucket hands that reconnaissance to anyone, and lets them see whether they were noticed.',
  remediation: {
    cli: 'aws s3api put-public-access-block --bucket TRAIL_BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform: `resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    cloudformation: `Type: AWS::S3::Bucket
Properties:
  PublicAccessBlockConfiguration:
    BlockPublicAcls: true
    IgnorePublicAcls: true
    BlockPublicPolicy: true
    RestrictPublicBuckets: true`,
    console: 'S3 > the trail bucket > Permissions > Block public access > Edit > turn all four on; remove public grants and policy statements.',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  evaluate(trail, ctx) {
    const bucket = trailBucket(trail, ctx);
    if (bucket === undefined || isOutcome(bucket)) return bucket;
    const acl = judgeBucketAcl(bucket, ctx, { canned: (a) => PUBLIC_CANNED_ACLS.includes(a), grant: isPublicGrantee, what: 'public' });
    const restrict = settingOn(bucket.properties.publicAccessBlock, 'restrictPublicBuckets', bucket, ctx);
    let policy: Outcome;
    if (restrict.on === true) policy = pass(`a public policy would be ineffective: RestrictPublicBuckets is on (${restrict.where})`);
    else {
      const outs = publicPolicyOutcomes(`bucket(${bucket.name}).policy`, bucket.properties.policy, 'bucket');
      const open = outs.some((o) => o.status === 'fail');
      policy = open && restrict.on === undefined ? unknown(`the bucket policy is open to anyone and whether RestrictPublicBuckets neutralises it is unknown: ${restrict.where}`) : all(outs, 'no policy statement is open to anyone');
    }
    const verdict = all([acl, policy], `the trail bucket ${bucket.name} is not public`);
    return verdict.status === 'fail' ? { ...verdict, message: `the trail bucket ${bucket.name} is public: ${verdict.message}` } : verdict;
  },
});
