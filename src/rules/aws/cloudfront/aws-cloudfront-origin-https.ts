import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudfront-origin-https',
  title: 'CloudFront reaches a custom origin over plain HTTP',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'Custom origins should use the origin protocol policy "https-only" (or "match-viewer" when every behavior already forces viewers onto HTTPS), so traffic between CloudFront and the origin is encrypted.',
  risk: 'Between the edge and the origin, requests and responses (cookies, tokens, personal data) travel in clear over the internet, where they can be read or modified.',
  remediation: {
    cli: 'aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json  # CustomOriginConfig.OriginProtocolPolicy = https-only',
    terraform: `origin {
  domain_name = aws_lb.app.dns_name
  origin_id   = "app"
  custom_origin_config {
    http_port              = 80
    https_port             = 443
    origin_protocol_policy = "https-only"
    origin_ssl_protocols   = ["TLSv1.2"]
  }
}`,
    cloudformation: `CustomOriginConfig:
  OriginProtocolPolicy: https-only
  OriginSSLProtocols: [TLSv1.2]`,
    console: 'CloudFront > the distribution > Origins > the custom origin > Edit: Protocol = HTTPS only.',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-9'],
  evaluate(d) {
    const { origins, viewerProtocolPolicies } = d.properties;
    if (!isKnown(origins)) return unknown(`the origins could not be determined: ${origins.reason ?? 'unresolvable'}`, evidence('origins', origins));
    const custom = origins.value.filter((o) => !o.s3);
    if (custom.length === 0) return undefined;
    const httpOnly = custom.filter((o) => o.originProtocolPolicy === 'http-only');
    if (httpOnly.length > 0) return fail(`origin ${httpOnly.map((o) => o.id).join(', ')} is fetched over HTTP only`, evidence('origins', origins));
    const matching = custom.filter((o) => o.originProtocolPolicy === 'match-viewer');
    if (matching.length > 0) {
      // match-viewer forwards HTTP viewers over HTTP: safe only when no behavior admits HTTP viewers.
      if (!isKnown(viewerProtocolPolicies)) return unknown('an origin matches the viewer protocol, and the viewer protocol policies are unknown', evidence('viewerProtocolPolicies', viewerProtocolPolicies));
      if (viewerProtocolPolicies.value.includes('allow-all')) return fail(`origin ${matching.map((o) => o.id).join(', ')} matches the viewer protocol while a behavior admits HTTP viewers`, evidence('origins', origins), evidence('viewerProtocolPolicies', viewerProtocolPolicies));
    }
    return pass('custom origins are reached over HTTPS', evidence('origins', origins));
  },
});
