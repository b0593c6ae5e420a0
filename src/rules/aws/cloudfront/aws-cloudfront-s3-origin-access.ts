import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudfront-s3-origin-access',
  title: 'CloudFront S3 origin is reached without origin access control',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'Every S3 bucket origin of a distribution should use an origin access control (or at least a legacy origin access identity), so the bucket can stay private and be read only through CloudFront.',
  risk: 'Without OAC or OAI, CloudFront can only fetch public objects: the bucket must be readable by everyone, which bypasses the CDN, its WAF, geo restrictions and signed URLs.',
  remediation: {
    cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=site,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3  # then set OriginAccessControlId on the origin and grant cloudfront.amazonaws.com in the bucket policy',
    terraform: `resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "site" {
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }
}`,
    cloudformation: `Origins:
  - Id: site
    DomainName: !GetAtt SiteBucket.RegionalDomainName
    OriginAccessControlId: !GetAtt SiteOac.Id
    S3OriginConfig:
      OriginAccessIdentity: ''`,
    console: 'CloudFront > the distribution > Origins > the S3 origin > Edit: Origin access = "Origin access control settings", create a control, then copy the suggested bucket policy to the bucket and block public access.',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-13'],
  evaluate(d) {
    const origins = d.properties.origins;
    if (!isKnown(origins)) return unknown(`the origins could not be determined: ${origins.reason ?? 'unresolvable'}`, evidence('origins', origins));
    const s3 = origins.value.filter((o) => o.s3);
    if (s3.length === 0) return undefined;
    const open = s3.filter((o) => o.originAccessControlId === null && o.originAccessIdentity === null);
    if (open.length > 0) return fail(`S3 origin ${open.map((o) => o.id).join(', ')} uses neither an origin access control nor an origin access identity`, evidence('origins', origins));
    return pass(`the ${s3.length} S3 origin(s) are reached through OAC or OAI`, evidence('origins', origins));
  },
});
