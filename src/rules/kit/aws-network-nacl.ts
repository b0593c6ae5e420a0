import { isKnown, type Value } from '../../model/core/index.js';
import type { NetworkAclEntry } from '../../model/aws/ec2.js';
import { at, evidence, fail, pass, unknown } from './outcome.js';
import { defineRule, type Evidence, type Outcome, type RuleDefinition } from './rule.js';
import { WORLD_IPV4, WORLD_IPV6, isAllProtocols } from './network.js';

/** Tri-state: does a NACL entry cover TCP `port`? -1 / all protocols cover every port. */
export function naclCoversTcpPort(e: NetworkAclEntry, port: number): boolean | undefined {
  if (!isKnown(e.protocol)) return undefined;
  const proto = e.protocol.value.toLowerCase();
  if (isAllProtocols(proto)) return true;
  if (proto !== 'tcp' && proto !== '6') return false;
  if (!isKnown(e.fromPort) || !isKnown(e.toPort)) return undefined;
  if (e.fromPort.value === -1 || e.toPort.value === -1) return true;
  return e.fromPort.value <= port && port <= e.toPort.value;
}

/** Tri-state: does the entry match every address of one family (0.0.0.0/0 or ::/0)? */
function matchesWorld(e: NetworkAclEntry, family: 'ipv4' | 'ipv6'): boolean | undefined {
  const cidr = family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock;
  if (!isKnown(cidr)) return undefined;
  return cidr.value === (family === 'ipv4' ? WORLD_IPV4 : WORLD_IPV6);
}

function entryEvidence(i: number, e: NetworkAclEntry): Evidence[] {
  const p = `entries[${i}]`;
  return [evidence(`${p}.ruleNumber`, e.ruleNumber), evidence(`${p}.action`, e.action), evidence(`${p}.protocol`, e.protocol), evidence(`${p}.fromPort`, e.fromPort), evidence(`${p}.toPort`, e.toPort), evidence(`${p}.cidrBlock`, e.cidrBlock), evidence(`${p}.ipv6CidrBlock`, e.ipv6CidrBlock)];
}

/**
 * Walks ingress entries in rule-number order, as AWS does, for traffic from anywhere in one address family
 * to `port`: the first entry matching the whole family decides. Entries for narrower CIDRs only decide for
 * part of the internet, so they neither open nor close the port to "the world". No match = implicit deny.
 */
export function naclWorldVerdict(entries: Value<readonly NetworkAclEntry[]>, port: number, family: 'ipv4' | 'ipv6', service: string): Outcome | undefined {
  if (!isKnown(entries)) return unknown(`network ACL entries could not be determined: ${entries.reason ?? 'unresolvable'}`, evidence('entries', entries));
  const ingress = entries.value.map((e, i) => ({ e, i })).filter(({ e }) => !(isKnown(e.egress) && e.egress.value));
  const relevant = ingress.filter(({ e }) => matchesWorld(e, family) !== false && naclCoversTcpPort(e, port) !== false);
  const unordered = relevant.find(({ e }) => !isKnown(e.ruleNumber) || !isKnown(e.egress));
  if (unordered) return at(unknown(`entries[${unordered.i}] may decide ${service} traffic but its rule number or direction is unknown`, ...entryEvidence(unordered.i, unordered.e)), `entries[${unordered.i}]:${family}`, unordered.e.source);
  relevant.sort((a, b) => (a.e.ruleNumber.value as number) - (b.e.ruleNumber.value as number));
  for (const { e, i } of relevant) {
    const disc = `entries[${i}]:${family}`;
    if (matchesWorld(e, family) === undefined || naclCoversTcpPort(e, port) === undefined || !isKnown(e.action)) {
      return at(unknown(`entries[${i}] may decide ${service} traffic from ${family} internet addresses but its CIDR, protocol, ports or action is unknown`, ...entryEvidence(i, e)), disc, e.source);
    }
    if (e.action.value === 'allow') return at(fail(`entry ${e.ruleNumber.value} allows ${service} (TCP ${port}) from the ${family} internet`, ...entryEvidence(i, e)), disc, e.source);
    return undefined; // a deny for the whole family comes first: closed.
  }
  return undefined;
}

/** Builds a rule failing network ACLs whose first matching ingress entry admits the world to `port`. */
export function naclOpenPortRule(spec: { id: `aws-ec2-nacl-${string}`; port: number; service: string; references?: readonly string[] }): RuleDefinition<'aws.ec2.network-acl'> {
  return defineRule({
    id: spec.id,
    title: `Network ACL allows ${spec.service} (TCP ${spec.port}) from the internet`,
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'aws.ec2.network-acl',
    description: `A network ACL should not let 0.0.0.0/0 or ::/0 reach TCP port ${spec.port} (${spec.service}): the first ingress entry, by rule number, that matches such traffic must not be an allow.`,
    risk: `The network ACL is the subnet-wide backstop; allowing ${spec.service} from anywhere leaves a single permissive security group as the only barrier to remote administration ports.`,
    remediation: {
      cli: `aws ec2 create-network-acl-entry --network-acl-id acl-0123456789abcdef0 --ingress --rule-number 50 --protocol tcp --port-range From=${spec.port},To=${spec.port} --cidr-block 0.0.0.0/0 --rule-action deny`,
      terraform: `resource "aws_network_acl_rule" "deny_${spec.service.toLowerCase()}" {
  network_acl_id = aws_network_acl.this.id
  rule_number    = 50
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = ${spec.port}
  to_port        = ${spec.port}
}`,
      cloudformation: `Deny${spec.service}:
  Type: AWS::EC2::NetworkAclEntry
  Properties:
    NetworkAclId: !Ref Acl
    RuleNumber: 50
    Protocol: 6
    RuleAction: deny
    CidrBlock: 0.0.0.0/0
    PortRange: { From: ${spec.port}, To: ${spec.port} }`,
      console: `VPC > Network ACLs > the ACL > Inbound rules > Edit: add a deny for TCP ${spec.port} from 0.0.0.0/0 (and ::/0) numbered below any allow that covers it, or narrow the allow's source.`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21', ...(spec.references ?? [])],
    evaluate(acl) {
      const out = (['ipv4', 'ipv6'] as const).map((f) => naclWorldVerdict(acl.properties.entries, spec.port, f, spec.service)).filter((o): o is Outcome => o !== undefined);
      if (out.some((o) => o.discriminator === undefined)) return out.filter((o) => o.discriminator === undefined).slice(0, 1);
      return out.length > 0 ? out : pass(`no ingress entry admits ${spec.service} (TCP ${spec.port}) from the internet`, evidence('entries', acl.properties.entries));
    },
  });
}
