import { check, defineRule, evidence, unknown } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';

export default defineRule({
  id: 'aws-cloudfront-waf',
  title: 'CloudFront distribution is not protected by AWS WAF',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'Enabled CloudFront distributions should have an AWS WAF web ACL (global scope) associated, so requests are filtered at the edge before they reach the cache or the origin.',
  risk: 'Injection payloads, bad bots and application-layer floods pass through the CDN to the origin unfiltered, and there is no edge control to block an exploit while a fix ships.',
  remediation: {
    cli: 'aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json  # WebACLId = arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/...',
    terraform: `resource "aws_cloudfront_distribution" "site" {
  web_acl_id = aws_wafv2_web_acl.edge.arn # a CLOUDFRONT-scope web ACL in us-east-1
}`,
    cloudformation: `DistributionConfig:
  WebACLId: !GetAtt EdgeWebAcl.Arn`,
    console: 'CloudFront > the distribution > Security > Edit: enable AWS WAF protections, or choose an existing CloudFront-scope web ACL.',
  },
  references: ['https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6'],
  evaluate(d) {
    const enabled = d.properties.enabled;
    if (!isKnown(enabled)) return unknown('whether the distribution is enabled could not be determined', evidence('enabled', enabled));
    if (!enabled.value) return undefined;
    return check('webAclId', d.properties.webAclId, (id) => id !== null && id !== '', { pass: 'a WAF web ACL is associated', fail: 'no WAF web ACL is associated with the distribution' });
  },
});
