import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { SHIELD_REFERENCES, shieldProtectionVerdict, shieldRemediation } from '../../kit/aws-network-shield.js';

export default defineRule({
  id: 'aws-cloudfront-shield-advanced',
  title: 'CloudFront distribution is not protected by Shield Advanced',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  description: 'When the account subscribes to AWS Shield Advanced, every enabled CloudFront distribution should be enrolled as a protected resource. Accounts without the subscription are not judged.',
  risk: 'The CDN is the front door most DDoS attacks hit; without enrollment there is no application-layer attack detection, no response-team engagement and no cost protection for the traffic an attack generates.',
  remediation: shieldRemediation('arn:aws:cloudfront::111122223333:distribution/E2EXAMPLE', 'aws_cloudfront_distribution.site.arn'),
  references: SHIELD_REFERENCES,
  evaluate(d, ctx) {
    const enabled = d.properties.enabled;
    if (!isKnown(enabled)) return unknown('whether the distribution is enabled could not be determined', evidence('enabled', enabled));
    if (!enabled.value) return undefined;
    return shieldProtectionVerdict(ctx, d, 'CloudFront distribution');
  },
});
