import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

/** Minimum viewer protocol versions CloudFront offers that still accept TLS 1.0 or 1.1 (or SSLv3). */
const OLD = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016'];

export default defineRule({
  id: 'aws-cloudfront-viewer-tls',
  title: 'CloudFront distribution accepts viewer TLS versions below 1.2',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'A distribution with a custom certificate should set its minimum viewer protocol version to TLSv1.2_2021 or newer. Distributions on the default *.cloudfront.net certificate are not judged (their TLS floor cannot be changed).',
  risk: 'Clients can negotiate SSLv3, TLS 1.0 or 1.1, whose weaknesses allow downgrade and decryption attacks on traffic to the site; PCI DSS and most security baselines forbid them.',
  remediation: {
    cli: 'aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json  # ViewerCertificate.MinimumProtocolVersion = TLSv1.2_2021',
    terraform: `resource "aws_cloudfront_distribution" "site" {
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`,
    cloudformation: `ViewerCertificate:
  AcmCertificateArn: !Ref Certificate
  SslSupportMethod: sni-only
  MinimumProtocolVersion: TLSv1.2_2021`,
    console: 'CloudFront > the distribution > General > Settings > Edit: set Security policy to TLSv1.2_2021 (recommended) or newer.',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html'],
  evaluate(d) {
    const def = d.properties.defaultCertificate;
    if (!isKnown(def)) return unknown('whether the distribution uses a custom certificate could not be determined', evidence('defaultCertificate', def));
    if (def.value) return undefined;
    return check('minimumProtocolVersion', d.properties.minimumProtocolVersion, (v) => !OLD.includes(v), {
      pass: 'viewers must use TLS 1.2 or newer',
      fail: 'the minimum viewer protocol still accepts TLS versions below 1.2',
    });
  },
});
