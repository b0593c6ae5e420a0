import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { SHIELD_REFERENCES, shieldProtectionVerdict, shieldRemediation } from '../../kit/aws-network-shield.js';

export default defineRule({
  id: 'aws-elb-shield-advanced',
  title: 'Internet-facing classic load balancer is not protected by Shield Advanced',
  severity: 'medium',
  provider: 'aws',
  service: 'elb',
  resourceType: 'aws.elb.load-balancer',
  description: 'When the account subscribes to AWS Shield Advanced, every internet-facing classic load balancer should be enrolled as a protected resource. Internal load balancers and accounts without the subscription are not judged.',
  risk: 'A public load balancer is a direct DDoS target; without enrollment it gets no application-layer detection, no response-team support and no cost protection for the scaling an attack causes.',
  remediation: shieldRemediation('arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/web', 'aws_elb.web.arn'),
  references: SHIELD_REFERENCES,
  evaluate(lb, ctx) {
    const scheme = lb.properties.scheme;
    if (!isKnown(scheme)) return unknown('the load balancer scheme could not be determined', evidence('scheme', scheme));
    if (scheme.value !== 'internet-facing') return undefined;
    return shieldProtectionVerdict(ctx, lb, `classic load balancer ${lb.name}`);
  },
});
