import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

const DEPRECATED = ['SSLv3', 'TLSv1', 'TLSv1.1'];

export default defineRule({
  id: 'aws-cloudfront-origin-deprecated-ssl',
  title: 'CloudFront may use deprecated SSL/TLS versions towards a custom origin',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'The origin SSL protocols of custom origins should be limited to TLSv1.2; SSLv3, TLSv1 and TLSv1.1 should not be offered.',
  risk: 'If the origin (or an attacker in the path) negotiates SSLv3 or TLS 1.0/1.1, the edge-to-origin leg is exposed to POODLE-style downgrade and decryption attacks.',
  remediation: {
    cli: 'aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json  # CustomOriginConfig.OriginSslProtocols = {Quantity: 1, Items: [TLSv1.2]}',
    terraform: `custom_origin_config {
  origin_protocol_policy = "https-only"
  origin_ssl_protocols   = ["TLSv1.2"]
  http_port              = 80
  https_port             = 443
}`,
    cloudformation: `CustomOriginConfig:
  OriginProtocolPolicy: https-only
  OriginSSLProtocols: [TLSv1.2]`,
    console: 'CloudFront > the distribution > Origins > the custom origin > Edit: Minimum origin SSL protocol = TLSv1.2.',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-10'],
  evaluate(d) {
    const origins = d.properties.origins;
    if (!isKnown(origins)) return unknown(`the origins could not be determined: ${origins.reason ?? 'unresolvable'}`, evidence('origins', origins));
    // An http-only origin negotiates no TLS at all; the origin-https rule judges that.
    const tls = origins.value.filter((o) => !o.s3 && o.originProtocolPolicy !== 'http-only');
    if (tls.length === 0) return undefined;
    const weak = tls.filter((o) => o.originSslProtocols.some((p) => DEPRECATED.includes(p)));
    if (weak.length > 0) return fail(`origin ${weak.map((o) => `${o.id} (${o.originSslProtocols.filter((p) => DEPRECATED.includes(p)).join(', ')})`).join('; ')} allows deprecated protocols`, evidence('origins', origins));
    return pass('custom origins are limited to TLS 1.2', evidence('origins', origins));
  },
});
