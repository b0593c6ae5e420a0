import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-multi-region',
  title: 'CloudTrail trail does not record events from all regions',
  severity: 'high',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'Trails should be multi-region, so activity in every region (including ones nobody uses, where attackers like to run) is recorded.',
  risk: 'A single-region trail is blind to API calls in the other regions: crypto-mining instances or exfiltration staged in an unused region go unrecorded.',
  remediation: {
    cli: 'aws cloudtrail update-trail --name TRAIL --is-multi-region-trail',
    terraform: `resource "aws_cloudtrail" "this" {
  name                  = "org-trail"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  IsLogging: true
  IsMultiRegionTrail: true
  S3BucketName: !Ref TrailBucket`,
    console: 'CloudTrail > Trails > trail > General details > Edit > Enable for all accounts/regions (multi-region trail) > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
  ],
  evaluate(trail) {
    return check('isMultiRegion', trail.properties.isMultiRegion, (b) => b, {
      pass: 'The trail records events from all regions',
      fail: 'The trail records events from its home region only',
    });
  },
});
