import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, pass, publicPolicyOutcomes, settingOn, unknown } from '../../kit/index.js';
import type { ModelResource } from '../../../model/types.js';

export default defineRule({
  id: 'aws-s3-access-point-public-policy',
  title: 'S3 access point policy allows access to anyone',
  severity: 'critical',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.access-point',
  description:
    'Flags access point policy statements that allow the `*` principal without a condition narrowing the caller, on internet-origin access points where RestrictPublicBuckets is off for the access point, its bucket and its account. A VPC-only access point, or one behind RestrictPublicBuckets, passes.',
  risk: 'The access point is a second door to the bucket: a public policy on it hands the data to anyone on the internet even when the bucket policy is private.',
  remediation: {
    cli: 'aws s3control put-access-point-policy --account-id ACCOUNT --name NAME --policy file://policy-with-named-principals.json',
    terraform: `resource "aws_s3control_access_point_policy" "this" {
  access_point_arn = aws_s3_access_point.this.arn
  policy           = data.aws_iam_policy_document.ap.json   # named principals only
}`,
    cloudformation: `Policy:
  Statement:
    - Effect: Allow
      Principal: { AWS: !GetAtt AnalyticsRole.Arn }
      Action: s3:GetObject
      Resource: !Sub 'arn:aws:s3:\${AWS::Region}:\${AWS::AccountId}:accesspoint/analytics/object/*'`,
    console: 'S3 > Access Points > the access point > Permissions > Access point policy > Edit: replace "*" with the principals that need access.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  evaluate(ap, ctx) {
    const { networkOrigin, publicAccessBlock, bucketName } = ap.properties;
    if (isKnown(networkOrigin) && networkOrigin.value === 'VPC') return pass('The access point accepts requests from its VPC only', evidence('networkOrigin', networkOrigin));
    const outcomes = publicPolicyOutcomes('policy', ap.properties.policy, 'access point');
    if (!outcomes.some((o) => o.status === 'fail')) return outcomes;
    const restricted = settingOn(publicAccessBlock, 'restrictPublicBuckets', ap, ctx);
    if (restricted.on === true) return pass(`RestrictPublicBuckets is on (${restricted.where === 'bucket setting' ? 'access point' : restricted.where}): the public statements do not take effect`, evidence('publicAccessBlock.restrictPublicBuckets', publicAccessBlock.restrictPublicBuckets));
    const bucket = isKnown(bucketName) ? (ctx.get(bucketName.value)?.type === 'aws.s3.bucket' ? (ctx.get(bucketName.value) as ModelResource<'aws.s3.bucket'>) : ctx.referencing('aws.s3.bucket', 'bucketName', bucketName.value)[0]) : undefined;
    const rb = bucket?.properties.publicAccessBlock.restrictPublicBuckets;
    if (rb && isKnown(rb) && rb.value) return pass('RestrictPublicBuckets is on for the bucket: the public statements do not take effect', evidence('bucket.restrictPublicBuckets', rb));
    if (restricted.on === undefined || !isKnown(networkOrigin)) return unknown(`The policy is public, but whether it takes effect is unknown: ${restricted.on === undefined ? restricted.where : networkOrigin.reason ?? ''}`, evidence('networkOrigin', networkOrigin));
    return outcomes;
  },
});
