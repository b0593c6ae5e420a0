import { defineDetection } from '../../kit/detection.js';
import { asBool, asNumber, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-nacl-allow-all',
  kind: 'event',
  services: ['ec2'],
  actions: ['CreateNetworkAclEntry', 'ReplaceNetworkAclEntry'],
  title: 'A network ACL now allows all inbound traffic from the internet',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'CreateNetworkAclEntry or ReplaceNetworkAclEntry added an inbound allow rule for all protocols (or every port) from 0.0.0.0/0 or ::/0: the subnet-level filter no longer filters anything.',
  falsePositives: 'Default-like NACLs in public subnets where security groups do the filtering. Check whether the NACL previously restricted traffic.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'CreateNetworkAclEntry', 'ReplaceNetworkAclEntry')) return undefined;
    if (asBool(req(e, 'egress')) !== false || asString(req(e, 'ruleAction')) !== 'allow') return undefined;
    const cidr = asString(req(e, 'cidrBlock')) ?? asString(req(e, 'ipv6CidrBlock'));
    if (cidr !== '0.0.0.0/0' && cidr !== '::/0') return undefined;
    const protocol = asString(req(e, 'aclProtocol')) ?? asString(req(e, 'protocol'));
    const from = asNumber(req(e, 'portRange', 'from'));
    const to = asNumber(req(e, 'portRange', 'to'));
    const everything = protocol === '-1' || ((protocol === '6' || protocol === '17') && (from ?? 0) <= 0 && (to ?? 65535) >= 65535);
    if (!everything) return undefined;
    return `${who(e)} allowed all inbound traffic from ${cidr} in network ACL ${asString(req(e, 'networkAclId')) ?? '(unnamed)'} (rule ${asNumber(req(e, 'ruleNumber')) ?? '?'})`;
  },
});
