import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, openToWorld, pass, sgRuleEvidence, unknown, worldSources } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-sg-open-on-running-instance',
  title: 'Security group open to the internet is attached to a running instance',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: 'A security group with an ingress rule from 0.0.0.0/0 or ::/0, on any port, should not be attached to a running EC2 instance; publish services through a load balancer or a private path instead.',
  risk: 'The instance itself answers the internet on the opened ports: every unpatched daemon and weak credential on it is one scan away from an attacker, with no proxy or WAF in between.',
  remediation: {
    cli: 'aws ec2 modify-instance-attribute --instance-id i-0123456789abcdef0 --groups sg-0internal000000000',
    terraform: `resource "aws_instance" "app" {
  # Attach only groups whose ingress names trusted sources; expose web traffic through a load balancer.
  vpc_security_group_ids = [aws_security_group.internal.id]
}`,
    cloudformation: `App:
  Type: AWS::EC2::Instance
  Properties:
    SecurityGroupIds: [!Ref InternalSg]`,
    console: 'EC2 > Instances > the instance > Actions > Security > Change security groups: detach the group open to 0.0.0.0/0 or ::/0, or narrow its inbound sources.',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19'],
  evaluate(sg, ctx) {
    const running = ctx.referencing('aws.ec2.instance', 'securityGroups', sg.uid).filter((i) => !isKnown(i.properties.state) || ['running', 'pending'].includes(i.properties.state.value));
    if (running.length === 0) return undefined;
    const ingress = sg.properties.ingress;
    if (!isKnown(ingress)) return unknown(`the ingress rules could not be determined: ${ingress.reason ?? 'unresolvable'}`, evidence('ingress', ingress));
    const undecided = running.find((i) => !isKnown(i.properties.state));
    const open = ingress.value.findIndex((r) => openToWorld(r) === true);
    if (open >= 0) {
      const rule = ingress.value[open]!;
      const target = running.find((i) => isKnown(i.properties.state)) ?? running[0]!;
      if (target === undecided) return unknown(`the group admits ${worldSources(rule)} but whether instance ${target.name} is running is unknown`, evidence(`instance(${target.name}).state`, target.properties.state));
      return { ...fail(`the group admits ${worldSources(rule)} and is attached to running instance ${target.name}`, ...sgRuleEvidence(`ingress[${open}]`, rule), evidence(`instance(${target.name}).state`, target.properties.state)), location: rule.source };
    }
    const maybe = ingress.value.findIndex((r) => openToWorld(r) === undefined);
    if (maybe >= 0) return unknown(`ingress[${maybe}] may admit the internet but its sources are unknown`, ...sgRuleEvidence(`ingress[${maybe}]`, ingress.value[maybe]!));
    return pass(`no ingress rule admits the internet to the ${running.length} running instance(s) using the group`, evidence('ingress', ingress));
  },
});
