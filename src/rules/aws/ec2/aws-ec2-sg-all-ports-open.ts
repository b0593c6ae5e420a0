import { triAny, triBoth, defineRule, judgeIngress, openToWorld, worldSources, portSpan } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-sg-all-ports-open',
  title: 'Security group allows all ports from the internet',
  severity: 'critical',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: 'No ingress rule should admit 0.0.0.0/0 or ::/0 to all traffic (protocol -1) or to every TCP or UDP port (0-65535).',
  risk: 'Every service on every attached instance, including ones started later or by accident, is reachable from the whole internet.',
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0" # open only the port the service needs
}`,
    cloudformation: `SecurityGroupIngress:
  - IpProtocol: tcp
    FromPort: 443
    ToPort: 443
    CidrIp: 0.0.0.0/0 # open only the port the service needs`,
    console: 'EC2 > Security Groups > the group > Inbound rules > Edit inbound rules: replace "All traffic" / "All TCP" from 0.0.0.0/0 or ::/0 with rules for the ports the workload serves.',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
  ],
  evaluate(sg) {
    // Every port of TCP or UDP (an all-protocol rule spans both); ICMP "all types" is not a port exposure.
    const full = (t: 'tcp' | 'udp') => (rule: Parameters<typeof portSpan>[0]) => {
      const s = portSpan(rule, t);
      return s === undefined ? undefined : s !== null && s.from <= 1 && s.to >= 65535;
    };
    return judgeIngress(sg.properties.ingress, (rule) => triBoth(openToWorld(rule), triAny([full('tcp')(rule), full('udp')(rule)])), {
      fail: (rule) => `an ingress rule admits ${worldSources(rule)} to every port`,
      pass: 'no ingress rule admits the internet to every port',
    });
  },
});
