import { isKnown } from '../../../model/core/index.js';
import type { SecurityGroupRule } from '../../../model/aws/ec2.js';
import { defineRule, judgeIngress } from '../../kit/index.js';

/** Private, shared and link-local IPv4 space: wide ranges there are internal networks, not the internet. */
const PRIVATE_V4: readonly [string, number][] = [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16]];

function v4(cidr: string): { addr: number; len: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  return { addr: ((a << 24) | (b << 16) | (c << 8) | d) >>> 0, len: Number(m[5]) };
}

/** A public IPv4 range wider than a /24 but narrower than the whole internet (which the open-port rules judge). */
export function isWidePublicV4(cidr: string): boolean {
  const c = v4(cidr);
  if (!c || c.len === 0 || c.len >= 24) return false;
  return !PRIVATE_V4.some(([net, bits]) => c.len >= bits && c.addr >>> (32 - bits) === v4(`${net}/${bits}`)!.addr >>> (32 - bits));
}

/** A global-unicast IPv6 range wider than a /48 (one site), excluding ::/0, unique-local and link-local space. */
export function isWidePublicV6(cidr: string): boolean {
  const m = /^([0-9a-f:]+)\/(\d{1,3})$/i.exec(cidr);
  if (!m) return false;
  const len = Number(m[2]);
  const first = m[1]!.toLowerCase();
  if (len === 0 || len >= 48 || first.startsWith('fc') || first.startsWith('fd') || first.startsWith('fe8')) return false;
  return true;
}

function offends(rule: SecurityGroupRule): boolean | undefined {
  const { ipv4Ranges, ipv6Ranges } = rule;
  if ((isKnown(ipv4Ranges) && ipv4Ranges.value.some(isWidePublicV4)) || (isKnown(ipv6Ranges) && ipv6Ranges.value.some(isWidePublicV6))) return true;
  return isKnown(ipv4Ranges) && isKnown(ipv6Ranges) ? false : undefined;
}

export default defineRule({
  id: 'aws-ec2-sg-wide-public-cidr',
  title: 'Security group admits a wide public address range',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: 'Ingress rules should not admit public IPv4 ranges wider than a /24 (such as a /8 or /16) or global IPv6 ranges wider than a /48; name the specific partner or office addresses instead.',
  risk: 'A /8 of public space is millions of hosts owned by strangers (cloud providers, ISPs, mobile carriers): the group is effectively open to the internet while looking restricted.',
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 443 --cidr 52.0.0.0/8',
    terraform: `resource "aws_vpc_security_group_ingress_rule" "partner" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "198.51.100.0/28" # the partner's published egress addresses
}`,
    cloudformation: `SecurityGroupIngress:
  - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 198.51.100.0/28 }`,
    console: 'EC2 > Security Groups > the group > Inbound rules > Edit: replace the wide public range with the exact addresses that need access (or a managed prefix list of them).',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html'],
  evaluate(sg) {
    return judgeIngress(sg.properties.ingress, offends, {
      fail: (rule) => `an ingress rule admits a wide public range (${[...(isKnown(rule.ipv4Ranges) ? rule.ipv4Ranges.value.filter(isWidePublicV4) : []), ...(isKnown(rule.ipv6Ranges) ? rule.ipv6Ranges.value.filter(isWidePublicV6) : [])].join(', ')})`,
      pass: 'no ingress rule admits a public range wider than a /24 (IPv4) or /48 (IPv6)',
    });
  },
});
