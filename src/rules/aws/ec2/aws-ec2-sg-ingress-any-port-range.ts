import { triAny, triBoth, defineRule, judgeIngress, openToWorld, worldSources, portSpan, type Transport } from '../../kit/index.js';

/** Wider than this many ports open to the world is a range nobody reviewed port by port. */
const MAX_PORTS = 1000;

export default defineRule({
  id: 'aws-ec2-sg-ingress-any-port-range',
  title: `Security group opens a port range wider than ${MAX_PORTS} ports to the internet`,
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: `Ingress rules open to 0.0.0.0/0 or ::/0 should name the ports a service needs, not a range of more than ${MAX_PORTS} ports (all-traffic rules included).`,
  risk: 'A wide range exposes whatever happens to listen inside it: debug servers, admin consoles and databases started later are reachable from the internet without any rule change.',
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 1024-65535 --cidr 0.0.0.0/0',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "app" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "0.0.0.0/0"
}`,
    cloudformation: `SecurityGroupIngress:
  - IpProtocol: tcp
    FromPort: 8443
    ToPort: 8443
    CidrIp: 0.0.0.0/0`,
    console: 'EC2 > Security Groups > the group > Inbound rules > Edit inbound rules: split wide world-open ranges into the individual ports the workload serves.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html'],
  evaluate(sg) {
    const wide = (t: Transport) => (rule: Parameters<typeof portSpan>[0]) => {
      const s = portSpan(rule, t);
      return s === undefined ? undefined : s !== null && s.to - s.from + 1 > MAX_PORTS;
    };
    return judgeIngress(sg.properties.ingress, (rule) => triBoth(openToWorld(rule), triAny([wide('tcp')(rule), wide('udp')(rule)])), {
      fail: (rule) => `an ingress rule opens more than ${MAX_PORTS} ports to ${worldSources(rule)}`,
      pass: `no ingress rule opens more than ${MAX_PORTS} ports to the internet`,
    });
  },
});
