/**
 * Terraform and CloudFormation distributions for the CloudFront rules' examples: one compliant baseline
 * (HTTPS viewers, custom certificate with TLS 1.2, logging, root object, OAC on the S3 origin, a web ACL)
 * and switches that break one setting at a time, so each rule's good and bad files differ in one place.
 */
export interface DistributionOptions {
  readonly viewer?: string;
  readonly minTls?: string;
  readonly defaultCert?: boolean;
  readonly logging?: boolean;
  readonly rootObject?: string | null;
  /** `oac`, `oai`, `none` for the S3 origin; `var` makes the OAC id an unknown variable. */
  readonly s3Access?: 'oac' | 'oai' | 'none' | 'var';
  /** Adds a custom origin with this protocol policy and these SSL protocols. */
  readonly custom?: { policy: string; protocols: readonly string[] };
  readonly waf?: boolean;
}

export function tfDistribution(o: DistributionOptions = {}): string {
  const access = o.s3Access ?? 'oac';
  const vars = access === 'var' ? 'variable "oac_id" {\n  type = string\n}\n\n' : '';
  const s3Origin = `  origin {
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id   = "site"
${access === 'oac' ? '    origin_access_control_id = aws_cloudfront_origin_access_control.site.id\n' : ''}${access === 'var' ? '    origin_access_control_id = var.oac_id\n' : ''}${access === 'oai' ? '    s3_origin_config {\n      origin_access_identity = aws_cloudfront_origin_access_identity.site.cloudfront_access_identity_path\n    }\n' : ''}  }
`;
  const custom = o.custom
    ? `  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "${o.custom.policy}"
      origin_ssl_protocols   = [${o.custom.protocols.map((p) => `"${p}"`).join(', ')}]
    }
  }
`
    : '';
  const cert = o.defaultCert
    ? '  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n'
    : `  viewer_certificate {\n    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/abc"\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "${o.minTls ?? 'TLSv1.2_2021'}"\n  }\n`;
  const root = o.rootObject === undefined ? 'index.html' : o.rootObject;
  return `${vars}resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_origin_access_identity" "site" {}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
${root ? `  default_root_object = "${root}"\n` : ''}${o.waf === false ? '' : '  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc"\n'}
${s3Origin}${custom}
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "${o.viewer ?? 'redirect-to-https'}"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

${o.logging === false ? '' : '  logging_config {\n    bucket = "acme-logs.s3.amazonaws.com"\n    prefix = "cdn/"\n  }\n\n'}  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

${cert}}`;
}

export function cfnDistribution(o: DistributionOptions = {}): string {
  const access = o.s3Access ?? 'oac';
  const s3 = `          - Id: site
            DomainName: acme-site.s3.eu-west-1.amazonaws.com
${access === 'oac' ? '            OriginAccessControlId: !GetAtt SiteOac.Id\n            S3OriginConfig:\n              OriginAccessIdentity: ""\n' : ''}${access === 'oai' ? '            S3OriginConfig:\n              OriginAccessIdentity: !Sub origin-access-identity/cloudfront/${SiteOai}\n' : ''}${access === 'none' ? '            S3OriginConfig: {}\n' : ''}`;
  const custom = o.custom
    ? `          - Id: app
            DomainName: app.example.com
            CustomOriginConfig:
              OriginProtocolPolicy: ${o.custom.policy}
              OriginSSLProtocols: [${o.custom.protocols.join(', ')}]
`
    : '';
  const cert = o.defaultCert ? '        ViewerCertificate:\n          CloudFrontDefaultCertificate: true\n' : `        ViewerCertificate:\n          AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/abc\n          SslSupportMethod: sni-only\n          MinimumProtocolVersion: ${o.minTls ?? 'TLSv1.2_2021'}\n`;
  const root = o.rootObject === undefined ? 'index.html' : o.rootObject;
  return `Resources:
  SiteOac:
    Type: AWS::CloudFront::OriginAccessControl
    Properties:
      OriginAccessControlConfig:
        Name: site
        OriginAccessControlOriginType: s3
        SigningBehavior: always
        SigningProtocol: sigv4
  SiteOai:
    Type: AWS::CloudFront::CloudFrontOriginAccessIdentity
    Properties:
      CloudFrontOriginAccessIdentityConfig:
        Comment: site
  Site:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
${root ? `        DefaultRootObject: ${root}\n` : ''}${o.waf === false ? '' : '        WebACLId: arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc\n'}${o.logging === false ? '' : '        Logging:\n          Bucket: acme-logs.s3.amazonaws.com\n          Prefix: cdn/\n'}        Origins:
${s3}${custom}        DefaultCacheBehavior:
          TargetOriginId: site
          ViewerProtocolPolicy: ${o.viewer ?? 'redirect-to-https'}
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
${cert}`;
}
