import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudfront-logging',
  title: 'CloudFront distribution does not log requests',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'CloudFront distributions should write standard access logs (to S3) so every viewer request is recorded.',
  risk: 'Without access logs, scraping, credential stuffing through the CDN and the source of abusive traffic cannot be investigated, and incident responders have no record of what was served to whom.',
  remediation: {
    cli: 'aws cloudfront update-distribution --id E2EXAMPLE --if-match ETAG --distribution-config file://config.json  # Logging = {Enabled: true, Bucket: logs-bucket.s3.amazonaws.com, Prefix: cdn/}',
    terraform: `resource "aws_cloudfront_distribution" "site" {
  logging_config {
    bucket = aws_s3_bucket.logs.bucket_domain_name
    prefix = "cdn/"
  }
}`,
    cloudformation: `Logging:
  Bucket: !GetAtt LogsBucket.DomainName
  Prefix: cdn/`,
    console: 'CloudFront > the distribution > General > Settings > Edit: turn on Standard logging and choose the log bucket.',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5'],
  evaluate(d) {
    return check('loggingEnabled', d.properties.loggingEnabled, (on) => on, { pass: 'standard access logging is on', fail: 'the distribution writes no access logs' });
  },
});
