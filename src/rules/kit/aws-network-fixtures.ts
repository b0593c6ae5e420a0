import { explicit, unresolvable, type Provenance, type Value } from '../../model/core/index.js';
import type { NetworkAclEntry, SecurityGroup, SecurityGroupRule, NetworkAcl } from '../../model/aws/ec2.js';

/** Provenance at line `n` of a test file, so tests can assert where a finding points. */
export function lineAt(n: number, file = 'fixture.tf'): Provenance {
  return { kind: 'iac', file, startLine: n, endLine: n };
}

type Leaf<T> = T | Value<T>;
const v = <T>(x: Leaf<T>): Value<T> => (x !== null && typeof x === 'object' && 'kind' in (x as object) && 'source' in (x as object) ? (x as Value<T>) : explicit(x as T));

/** A security-group rule; plain values become explicit, `unresolvable(...)` values pass through. */
export function sgRule(r: { protocol: Leaf<string>; from?: Leaf<number>; to?: Leaf<number>; v4?: Leaf<readonly string[]>; v6?: Leaf<readonly string[]>; line?: number }): SecurityGroupRule {
  return {
    protocol: v(r.protocol),
    fromPort: v(r.from ?? -1),
    toPort: v(r.to ?? -1),
    ipv4Ranges: v(r.v4 ?? []),
    ipv6Ranges: v(r.v6 ?? []),
    sourceSecurityGroups: explicit([]),
    prefixListIds: explicit([]),
    description: explicit(''),
    source: lineAt(r.line ?? 1),
  };
}

/** A security group with these ingress (and egress) rules; pass a Value to make the list itself unresolvable. */
export function securityGroup(ingress: readonly SecurityGroupRule[] | Value<readonly SecurityGroupRule[]>, opts: { isDefault?: Leaf<boolean>; egress?: readonly SecurityGroupRule[] } = {}): SecurityGroup {
  return {
    uid: 'aws_security_group.test', type: 'aws.ec2.security-group', provider: 'aws', name: 'test',
    tags: explicit({}),
    properties: {
      groupName: explicit('test'), description: explicit(''), vpcId: explicit('vpc-1'),
      isDefault: v(opts.isDefault ?? false),
      ingress: 'kind' in ingress ? (ingress as Value<readonly SecurityGroupRule[]>) : explicit(ingress as readonly SecurityGroupRule[]),
      egress: explicit(opts.egress ?? []),
    },
    origin: { kind: 'iac', framework: 'terraform', file: 'fixture.tf', startLine: 1, endLine: 20, address: 'aws_security_group.test' },
    source: lineAt(1),
  };
}

/** A network ACL entry (ingress unless `egress`). */
export function naclEntry(e: { n: Leaf<number>; action: Leaf<'allow' | 'deny'>; protocol: Leaf<string>; from?: Leaf<number>; to?: Leaf<number>; cidr?: Leaf<string | null>; v6?: Leaf<string | null>; egress?: boolean; line?: number }): NetworkAclEntry {
  return {
    ruleNumber: v(e.n), egress: explicit(e.egress ?? false), protocol: v(e.protocol), action: v(e.action),
    cidrBlock: v(e.cidr ?? null), ipv6CidrBlock: v(e.v6 ?? null), fromPort: v(e.from ?? 0), toPort: v(e.to ?? 0),
    source: lineAt(e.line ?? 1),
  };
}

export function networkAcl(entries: readonly NetworkAclEntry[]): NetworkAcl {
  return {
    uid: 'aws_network_acl.test', type: 'aws.ec2.network-acl', provider: 'aws', name: 'test', tags: explicit({}),
    properties: { vpcId: explicit('vpc-1'), isDefault: explicit(false), entries: explicit(entries), subnetIds: explicit([]) },
    origin: { kind: 'iac', framework: 'terraform', file: 'fixture.tf', startLine: 1, endLine: 20, address: 'aws_network_acl.test' },
    source: lineAt(1),
  };
}

export { unresolvable };
