/**
 * Security groups: DescribeSecurityGroups, DescribeSecurityGroupRules and the ingress writes. The world keeps
 * `IpPermissions` as DescribeSecurityGroups returns them; rules are derived "atoms" (one protocol/port range and
 * one source each) with stable ids hashed from their content, so a rule id read earlier still names the same
 * rule after other rules change, as on AWS.
 */
import { createHash } from 'node:crypto';
import type { IpPermission, SecurityGroup, SecurityGroupRule } from '@aws-sdk/client-ec2';
import { SimError, type CallContext, type OperationHandler } from '../../service.js';
import { LIMITS_5_1000, LIMITS_5_1000_ALL, describe, one } from './describe.js';
import { applyFilters, asList, field, filters, int, list, str, strings } from './input.js';
import { page } from './page.js';
import { ec2Of } from './state.js';
import { toWire } from './wire.js';

type Input = Record<string, unknown>;
type Source = { kind: 'v4' | 'v6' | 'pl' | 'sg'; value: string; userId?: string; description?: string };
interface Atom { groupId: string; egress: boolean; proto: string; from?: number; to?: number; src: Source }

const PROTOCOLS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', all: '-1' };
const normProto = (p: unknown): string => { const s = String(p ?? '-1').toLowerCase(); return PROTOCOLS[s] ?? s; };
const num = (v: unknown): number | undefined => (v === undefined || v === null || v === '' ? undefined : Number(v));

function key(a: Atom): string {
  const ports = a.proto === '-1' ? '' : `${a.from ?? ''}:${a.to ?? ''}`;
  return `${a.groupId}|${a.egress ? 'e' : 'i'}|${a.proto}|${ports}|${a.src.kind}:${a.src.value}`;
}

function ruleId(a: Atom): string {
  return `sgr-${createHash('sha1').update(key(a)).digest('hex').slice(0, 17)}`;
}

/** Atoms of IpPermission-shaped objects (world shapes, or decoded request parameters with string numbers). */
function atomsOf(perms: readonly unknown[], groupId: string, egress: boolean): Atom[] {
  const out: Atom[] = [];
  for (const raw of perms) {
    const p = raw as Input;
    const base = { groupId, egress, proto: normProto(field(p, 'IpProtocol')), from: num(field(p, 'FromPort')), to: num(field(p, 'ToPort')) };
    const push = (src: Source) => out.push({ ...base, src });
    for (const r of list(p, 'IpRanges') as Input[]) push({ kind: 'v4', value: String(r.CidrIp), description: r.Description as string | undefined });
    for (const r of list(p, 'Ipv6Ranges') as Input[]) push({ kind: 'v6', value: String(r.CidrIpv6), description: r.Description as string | undefined });
    for (const r of list(p, 'PrefixListIds') as Input[]) push({ kind: 'pl', value: String(r.PrefixListId), description: r.Description as string | undefined });
    for (const r of list(p, 'UserIdGroupPairs', 'Groups') as Input[]) push({ kind: 'sg', value: String(r.GroupId), userId: r.UserId as string | undefined, description: r.Description as string | undefined });
  }
  return out;
}

/** Back from atoms to IpPermissions, grouping by protocol and port range in first-seen order. */
function permsOf(atoms: readonly Atom[]): IpPermission[] {
  const by = new Map<string, IpPermission>();
  for (const a of atoms) {
    const k = `${a.proto}|${a.from ?? ''}|${a.to ?? ''}`;
    let p = by.get(k);
    if (!p) {
      p = { IpProtocol: a.proto, ...(a.proto === '-1' ? {} : { FromPort: a.from, ToPort: a.to }), IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] };
      by.set(k, p);
    }
    const d = a.src.description === undefined ? {} : { Description: a.src.description };
    if (a.src.kind === 'v4') p.IpRanges!.push({ CidrIp: a.src.value, ...d });
    else if (a.src.kind === 'v6') p.Ipv6Ranges!.push({ CidrIpv6: a.src.value, ...d });
    else if (a.src.kind === 'pl') p.PrefixListIds!.push({ PrefixListId: a.src.value, ...d });
    else p.UserIdGroupPairs!.push({ GroupId: a.src.value, ...(a.src.userId ? { UserId: a.src.userId } : {}), ...d });
  }
  return [...by.values()];
}

function groupAtoms(g: SecurityGroup): Atom[] {
  return [...atomsOf(g.IpPermissions ?? [], g.GroupId ?? '', false), ...atomsOf(g.IpPermissionsEgress ?? [], g.GroupId ?? '', true)];
}

function toRule(a: Atom, ownerId: string, region: string): SecurityGroupRule {
  const id = ruleId(a);
  return {
    SecurityGroupRuleId: id, GroupId: a.groupId, GroupOwnerId: ownerId, IsEgress: a.egress, IpProtocol: a.proto,
    FromPort: a.proto === '-1' ? -1 : a.from ?? -1, ToPort: a.proto === '-1' ? -1 : a.to ?? -1,
    ...(a.src.kind === 'v4' ? { CidrIpv4: a.src.value } : a.src.kind === 'v6' ? { CidrIpv6: a.src.value } : a.src.kind === 'pl' ? { PrefixListId: a.src.value } : { ReferencedGroupInfo: { GroupId: a.src.value, UserId: a.src.userId ?? ownerId } }),
    ...(a.src.description === undefined ? {} : { Description: a.src.description }),
    Tags: [],
    SecurityGroupRuleArn: `arn:aws:ec2:${region}:${ownerId}:security-group-rule/${id}`,
  };
}

function findGroup(ctx: CallContext, input: Input): SecurityGroup {
  const id = str(input, 'GroupId');
  const name = str(input, 'GroupName');
  const g = ec2Of(ctx.account, ctx.region).SecurityGroups.find((x) => (id ? x.GroupId === id : x.GroupName === name));
  if (!g) throw new SimError('InvalidGroup.NotFound', `The security group '${id ?? name ?? ''}' does not exist`);
  return g;
}

/** The permissions named by a write request: `IpPermissions.N…`, or the legacy top-level CidrIp/IpProtocol/ports. */
function requested(input: Input): unknown[] {
  const perms = list(input, 'IpPermissions');
  if (perms.length || field(input, 'CidrIp') === undefined) return perms;
  return [{ IpProtocol: field(input, 'IpProtocol'), FromPort: field(input, 'FromPort'), ToPort: field(input, 'ToPort'), IpRanges: [{ CidrIp: field(input, 'CidrIp') }] }];
}

function setIngress(g: SecurityGroup, atoms: readonly Atom[]): void {
  g.IpPermissions = permsOf(atoms.filter((a) => !a.egress));
}

const revokeIngress: OperationHandler = (input, ctx) => {
  const g = findGroup(ctx, input);
  const current = groupAtoms(g).filter((a) => !a.egress);
  const ids = strings(input, 'SecurityGroupRuleId', 'SecurityGroupRuleIds');
  let remove: Atom[];
  let unknown: unknown[] = [];
  if (ids.length) {
    remove = current.filter((a) => ids.includes(ruleId(a)));
    const missing = ids.filter((id) => !remove.some((a) => ruleId(a) === id));
    if (missing.length) throw new SimError('InvalidSecurityGroupRuleId.NotFound', `The security group rule ID '${missing[0]!}' does not exist`);
  } else {
    const asked = atomsOf(requested(input), g.GroupId ?? '', false);
    const keys = new Set(current.map(key));
    remove = current.filter((a) => asked.some((b) => key(a) === key(b)));
    const notFound = asked.filter((b) => !keys.has(key(b)));
    if (remove.length === 0) throw new SimError('InvalidPermission.NotFound', 'The specified rule does not exist in this security group.');
    unknown = permsOf(notFound);
  }
  const gone = new Set(remove.map(key));
  setIngress(g, current.filter((a) => !gone.has(key(a))));
  return toWire('RevokeSecurityGroupIngressResult', {
    Return: true,
    ...(unknown.length ? { UnknownIpPermissions: unknown } : {}),
    RevokedSecurityGroupRules: remove.map((a) => { const r = toRule(a, g.OwnerId ?? ctx.account.id, ctx.region); return { SecurityGroupRuleId: r.SecurityGroupRuleId, GroupId: r.GroupId, IsEgress: false, IpProtocol: r.IpProtocol, FromPort: r.FromPort, ToPort: r.ToPort, CidrIpv4: r.CidrIpv4, CidrIpv6: r.CidrIpv6, PrefixListId: r.PrefixListId, ReferencedSecurityGroupId: r.ReferencedGroupInfo?.GroupId, Description: r.Description }; }),
  });
};

const authorizeIngress: OperationHandler = (input, ctx) => {
  const g = findGroup(ctx, input);
  const current = groupAtoms(g).filter((a) => !a.egress);
  const added = atomsOf(requested(input), g.GroupId ?? '', false);
  if (added.length === 0) throw new SimError('MissingParameter', 'No permissions were specified.');
  const keys = new Set(current.map(key));
  const dup = added.find((a) => keys.has(key(a)));
  if (dup) throw new SimError('InvalidPermission.Duplicate', `the specified rule "peer: ${dup.src.value}, ${dup.proto.toUpperCase()}, from port: ${dup.from ?? -1}, to port: ${dup.to ?? -1}, ALLOW" already exists`);
  setIngress(g, [...current, ...added]);
  return toWire('AuthorizeSecurityGroupIngressResult', { Return: true, SecurityGroupRules: added.map((a) => toRule(a, g.OwnerId ?? ctx.account.id, ctx.region)) });
};

const describeRules: OperationHandler = (input, ctx) => {
  const s = ec2Of(ctx.account, ctx.region);
  let rules = s.SecurityGroups.flatMap((g) => groupAtoms(g).map((a) => toRule(a, g.OwnerId ?? ctx.account.id, ctx.region)));
  const ids = strings(input, 'SecurityGroupRuleId', 'SecurityGroupRuleIds');
  if (ids.length) rules = rules.filter((r) => ids.includes(r.SecurityGroupRuleId ?? ''));
  rules = applyFilters(rules, filters(input), { 'group-id': (r) => one(r.GroupId), 'security-group-rule-id': (r) => one(r.SecurityGroupRuleId) });
  const p = page(rules, str(input, 'NextToken'), int(input, 'MaxResults'), 'DescribeSecurityGroupRules', LIMITS_5_1000);
  return toWire('DescribeSecurityGroupRulesResult', { SecurityGroupRules: p.items, NextToken: p.nextToken });
};

export const securityGroupOperations: Record<string, OperationHandler> = {
  DescribeSecurityGroups: describe<SecurityGroup>({
    op: 'DescribeSecurityGroups', result: 'DescribeSecurityGroupsResult', listKey: 'SecurityGroups', select: (s) => s.SecurityGroups, limits: LIMITS_5_1000_ALL,
    ids: { params: ['GroupId', 'GroupIds'], idOf: (g) => g.GroupId, notFound: 'InvalidGroup.NotFound', what: 'security group' },
    narrow: (items, input) => {
      const names = asList(field(input, 'GroupName', 'GroupNames')).map(String);
      return names.length ? items.filter((g) => names.includes(g.GroupName ?? '')) : items;
    },
    fields: {
      'group-id': (g) => one(g.GroupId), 'group-name': (g) => one(g.GroupName), 'vpc-id': (g) => one(g.VpcId), 'owner-id': (g) => one(g.OwnerId),
      'ip-permission.cidr': (g) => (g.IpPermissions ?? []).flatMap((p) => (p.IpRanges ?? []).map((r) => r.CidrIp)),
      'ip-permission.from-port': (g) => (g.IpPermissions ?? []).map((p) => (p.FromPort === undefined ? undefined : String(p.FromPort))),
    },
  }),
  DescribeSecurityGroupRules: describeRules,
  RevokeSecurityGroupIngress: revokeIngress,
  AuthorizeSecurityGroupIngress: authorizeIngress,
};
