import { isKnown } from '../../../model/core/index.js';
import type { SecurityGroupRule } from '../../../model/aws/ec2.js';
import { defineRule, evidence, fail, isAllProtocols, pass, sgRuleEvidence, unknown, WORLD_IPV4, WORLD_IPV6 } from '../../kit/index.js';

/** Tri-state: an all-protocol rule that names the whole internet (either address family). */
function allTrafficWorld(rule: SecurityGroupRule): boolean | undefined {
  if (!isKnown(rule.protocol)) return undefined;
  if (!isAllProtocols(rule.protocol.value)) return false;
  const v4 = rule.ipv4Ranges;
  const v6 = rule.ipv6Ranges;
  if ((isKnown(v4) && v4.value.includes(WORLD_IPV4)) || (isKnown(v6) && v6.value.includes(WORLD_IPV6))) return true;
  return isKnown(v4) && isKnown(v6) ? false : undefined;
}

function firstMatch(rules: readonly SecurityGroupRule[]): { i: number; verdict: boolean | undefined } {
  let undecided = -1;
  for (const [i, r] of rules.entries()) {
    const x = allTrafficWorld(r);
    if (x === true) return { i, verdict: true };
    if (x === undefined && undecided < 0) undecided = i;
  }
  return undecided >= 0 ? { i: undecided, verdict: undefined } : { i: -1, verdict: false };
}

export default defineRule({
  id: 'aws-ec2-sg-all-traffic-both-ways',
  title: 'Security group allows all traffic from and to the internet',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: 'A security group should not pair an inbound "all traffic" rule from 0.0.0.0/0 or ::/0 with an outbound "all traffic" rule to the internet: such a group filters nothing in either direction.',
  risk: 'Attached resources accept any connection from anywhere and can reach anywhere: a compromised host is both fully exposed and free to exfiltrate data or join a botnet.',
  remediation: {
    cli: "aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'",
    terraform: `resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"] # only the port the service answers on
  }
  egress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"] # only the destinations it needs
  }
}`,
    cloudformation: `SecurityGroupIngress:
  - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
SecurityGroupEgress:
  - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }`,
    console: 'EC2 > Security Groups > the group: replace the inbound "All traffic" rule from anywhere with rules for the ports the workload serves, and narrow the outbound "All traffic" rule to the destinations it needs.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18'],
  evaluate(sg) {
    const { ingress, egress } = sg.properties;
    if (!isKnown(ingress) || !isKnown(egress)) return unknown('the ingress or egress rules could not be determined', evidence('ingress', ingress), evidence('egress', egress));
    const inbound = firstMatch(ingress.value);
    const outbound = firstMatch(egress.value);
    if (inbound.verdict === false || outbound.verdict === false) return pass('the group does not allow all traffic both from and to the internet', evidence('ingress', ingress), evidence('egress', egress));
    const ev = [...sgRuleEvidence(`ingress[${inbound.i}]`, ingress.value[inbound.i]!), ...sgRuleEvidence(`egress[${outbound.i}]`, egress.value[outbound.i]!)];
    if (inbound.verdict === undefined || outbound.verdict === undefined) return unknown('an all-traffic rule may name the internet but its address ranges are unknown', ...ev);
    return { ...fail('the group allows all traffic from the internet and all traffic to the internet', ...ev), location: ingress.value[inbound.i]!.source };
  },
});
