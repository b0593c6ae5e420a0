import { at, defineRule, evidence, fail, pass, unknown, type Outcome } from '../../kit/index.js';
import { naclAllTrafficVerdict } from '../../kit/aws-network-nacl-all.js';

export default defineRule({
  id: 'aws-ec2-nacl-all-traffic-open',
  title: 'Network ACL allows all inbound traffic from the internet',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.network-acl',
  description: 'A network ACL should not let every protocol and port in from 0.0.0.0/0 or ::/0: the first inbound entry, by rule number, matching all traffic from the whole internet must not be an allow.',
  risk: 'The subnet-level filter then stops nothing, so a single permissive security group is all that stands between the internet and every port of every resource in the associated subnets.',
  remediation: {
    cli: 'aws ec2 replace-network-acl-entry --network-acl-id acl-0123456789abcdef0 --ingress --rule-number 100 --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow',
    terraform: `resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}`,
    cloudformation: `HttpsIn:
  Type: AWS::EC2::NetworkAclEntry
  Properties:
    NetworkAclId: !Ref Acl
    RuleNumber: 100
    Protocol: 6
    RuleAction: allow
    CidrBlock: 0.0.0.0/0
    PortRange: { From: 443, To: 443 }`,
    console: 'VPC > Network ACLs > the ACL > Inbound rules > Edit: replace the "All traffic" allow from 0.0.0.0/0 or ::/0 with allows for the ports the subnets serve (plus ephemeral ports for return traffic).',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
  evaluate(acl) {
    const out: Outcome[] = [];
    for (const family of ['ipv4', 'ipv6'] as const) {
      const v = naclAllTrafficVerdict(acl.properties.entries, family, false);
      if (v.open === true) out.push(at(fail(v.message, ...v.evidence), family, v.entry?.source));
      else if (v.open === undefined) out.push(at(unknown(v.message, ...v.evidence), family));
    }
    return out.length > 0 ? out : pass('no inbound entry allows all traffic from the internet', evidence('entries', acl.properties.entries));
  },
});
