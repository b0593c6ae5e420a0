import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { SHIELD_REFERENCES, shieldProtectionVerdict, shieldRemediation } from '../../kit/aws-network-shield.js';

export default defineRule({
  id: 'aws-ec2-eip-shield-advanced',
  title: 'Elastic IP in use is not protected by Shield Advanced',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.elastic-ip',
  description: 'When the account subscribes to AWS Shield Advanced, every Elastic IP associated with an instance or network interface (a directly internet-reachable host) should be enrolled as a protected resource. Unassociated addresses and accounts without the subscription are not judged.',
  risk: 'A host published on an Elastic IP takes volumetric and protocol attacks head-on; without enrollment it gets no tailored detection, no response-team support and no cost protection during a DDoS.',
  remediation: shieldRemediation('arn:aws:ec2:eu-west-1:111122223333:eip-allocation/eipalloc-0123456789abcdef0', 'aws_eip.web.arn'),
  references: SHIELD_REFERENCES,
  evaluate(eip, ctx) {
    const assoc = eip.properties.associatedWith;
    if (!isKnown(assoc)) return unknown('whether the address is associated could not be determined', evidence('associatedWith', assoc));
    if (assoc.value === null) return undefined;
    return shieldProtectionVerdict(ctx, eip, `Elastic IP ${eip.name}`);
  },
});
