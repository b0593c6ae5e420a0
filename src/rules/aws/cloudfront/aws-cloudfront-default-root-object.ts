import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudfront-default-root-object',
  title: 'CloudFront distribution has no default root object',
  severity: 'low',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'A distribution should name a default root object (such as index.html) so a request for "/" returns that object rather than being passed to the origin as is.',
  risk: 'A request for the root goes to the origin unchanged; for an S3 origin that permits listing, the response is the bucket listing, exposing every object name (and the objects the policy lets through).',
  remediation: {
    cli: 'aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json  # DefaultRootObject = index.html',
    terraform: `resource "aws_cloudfront_distribution" "site" {
  default_root_object = "index.html"
}`,
    cloudformation: `DistributionConfig:
  DefaultRootObject: index.html`,
    console: 'CloudFront > the distribution > General > Settings > Edit: set Default root object to index.html (or your entry page).',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-1'],
  evaluate(d) {
    return check('defaultRootObject', d.properties.defaultRootObject, (o) => o !== null && o !== '', { pass: 'a default root object is set', fail: 'no default root object is set' });
  },
});
