import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { SHIELD_REFERENCES, shieldProtectionVerdict, shieldRemediation } from '../../kit/aws-network-shield.js';

export default defineRule({
  id: 'aws-elbv2-shield-advanced',
  title: 'Internet-facing load balancer is not protected by Shield Advanced',
  severity: 'medium',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  description: 'When the account subscribes to AWS Shield Advanced, every internet-facing Application or Network Load Balancer should be enrolled as a protected resource. Accounts without the subscription are not judged.',
  risk: 'An unenrolled load balancer gets only Shield Standard: no application-layer DDoS detection, no response-team help during an attack, and no cost protection for the scaling an attack triggers.',
  remediation: shieldRemediation('arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/0123456789abcdef', 'aws_lb.web.arn'),
  references: SHIELD_REFERENCES,
  evaluate(lb, ctx) {
    const scheme = lb.properties.scheme;
    if (!isKnown(scheme)) return unknown('the load balancer scheme could not be determined', evidence('scheme', scheme));
    if (scheme.value !== 'internet-facing') return undefined;
    return shieldProtectionVerdict(ctx, lb, 'internet-facing load balancer');
  },
});
