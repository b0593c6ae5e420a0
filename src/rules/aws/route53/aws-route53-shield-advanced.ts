import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { SHIELD_REFERENCES, shieldProtectionVerdict, shieldRemediation } from '../../kit/aws-network-shield.js';

export default defineRule({
  id: 'aws-route53-shield-advanced',
  title: 'Public hosted zone is not protected by Shield Advanced',
  severity: 'medium',
  provider: 'aws',
  service: 'route53',
  resourceType: 'aws.route53.hosted-zone',
  description: 'When the account subscribes to AWS Shield Advanced, every public Route 53 hosted zone should be enrolled as a protected resource. Private zones and accounts without the subscription are not judged.',
  risk: 'DNS is a favourite DDoS target: if the zone stops answering, every service under the domain is unreachable; without enrollment there is no tailored detection, no response-team support and no cost protection during an attack.',
  remediation: shieldRemediation('arn:aws:route53:::hostedzone/Z0123456789EXAMPLE', 'aws_route53_zone.public.arn'),
  references: SHIELD_REFERENCES,
  evaluate(zone, ctx) {
    const priv = zone.properties.privateZone;
    if (!isKnown(priv)) return unknown('whether the zone is private could not be determined', evidence('privateZone', priv));
    if (priv.value) return undefined;
    return shieldProtectionVerdict(ctx, zone, `hosted zone ${zone.name}`);
  },
});
