import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudfront-viewer-https',
  title: 'CloudFront distribution serves viewers over plain HTTP',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'Every cache behavior of a CloudFront distribution should redirect HTTP to HTTPS or require HTTPS; the viewer protocol policy "allow-all" serves content unencrypted.',
  risk: 'Pages, cookies and API responses served over HTTP can be read and altered by anyone on the network path (public Wi-Fi, a compromised router), including injecting scripts into the site.',
  remediation: {
    cli: 'aws cloudfront get-distribution-config --id E2EXAMPLE > dist.json  # set ViewerProtocolPolicy to redirect-to-https in every behavior, then: aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json',
    terraform: `resource "aws_cloudfront_distribution" "site" {
  default_cache_behavior {
    viewer_protocol_policy = "redirect-to-https"
    # ...
  }
}`,
    cloudformation: `DefaultCacheBehavior:
  ViewerProtocolPolicy: redirect-to-https`,
    console: 'CloudFront > the distribution > Behaviors > each behavior > Edit: set Viewer protocol policy to "Redirect HTTP to HTTPS" or "HTTPS only".',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-3'],
  evaluate(d) {
    return check('viewerProtocolPolicies', d.properties.viewerProtocolPolicies, (ps) => !ps.includes('allow-all'), {
      pass: 'every cache behavior redirects to or requires HTTPS',
      fail: 'a cache behavior allows viewers to use plain HTTP (allow-all)',
    });
  },
});
