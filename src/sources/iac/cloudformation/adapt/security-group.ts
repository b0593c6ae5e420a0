import type { SecurityGroupProperties, SecurityGroupRule } from '../../../../model/aws/ec2.js';
import { defaulted, explicit, unresolvable, type Provenance, type Value } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import { envelope, type AdaptContext, type Adapter, type ResolvedResource } from './context.js';
import { Reader, nodeAt, tagsOf } from './read.js';
import { targets } from './policy.js';

type Direction = 'ingress' | 'egress';

/** AWS::EC2::SecurityGroup, with AWS::EC2::SecurityGroupIngress / Egress resources joined by GroupId or GroupName. */
export const securityGroup: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const groupName = rd.str('GroupName', { unresolvable: 'CloudFormation generates the group name at deploy' });
  const props: SecurityGroupProperties = {
    groupName,
    description: rd.str('GroupDescription', { value: '' }),
    vpcId: rd.get('VpcId', (n, c) => refOrStr(n, c), { value: 'default-vpc', reason: 'without VpcId the group is created in the default VPC' }),
    isDefault: defaulted(false, rd.block, 'CloudFormation cannot create a VPC default security group'),
    ingress: rules(rd, 'ingress', groupName.value),
    egress: rules(rd, 'egress', groupName.value),
  };
  return envelope(ctx, r, 'aws.ec2.security-group', groupName, tagsOf(rd), props);
};

function refOrStr(n: CfnNode, ctx: AdaptContext): { ok: true; value: string } | { ok: false; reason: string } {
  if (n.t === 'unknown') return n.ref && ctx.byId(n.ref.logicalId) ? { ok: true, value: ctx.uid(n.ref.logicalId) } : { ok: false, reason: n.reason };
  return n.t === 'scalar' && n.value !== null ? { ok: true, value: String(n.value) } : { ok: false, reason: 'expected a string' };
}

const INLINE: Record<Direction, string> = { ingress: 'SecurityGroupIngress', egress: 'SecurityGroupEgress' };
const SEPARATE: Record<Direction, string> = { ingress: 'AWS::EC2::SecurityGroupIngress', egress: 'AWS::EC2::SecurityGroupEgress' };

function rules(rd: Reader, dir: Direction, groupName: string | undefined): Value<readonly SecurityGroupRule[]> {
  const ctx = rd.ctx;
  const joined = ctx.ofType(SEPARATE[dir])
    .filter((j) => targets(nodeAt(j.props, 'GroupId'), rd.r.logicalId, undefined, ctx) || (groupName !== undefined && targets(nodeAt(j.props, 'GroupName'), rd.r.logicalId, groupName, ctx)))
    .map((j) => readRule(new Reader(ctx, j), dir, ctx.prov(j.range)));
  const l = rd.at(INLINE[dir]);
  if (l.state === 'unknown') return unresolvable(l.reason, rd.prov(l.node, INLINE[dir]));
  let inline: SecurityGroupRule[];
  let source: Provenance = rd.block;
  let kind: 'explicit' | 'default' = 'default';
  if (l.state === 'node') {
    if (l.node.t !== 'list') return unresolvable(`${INLINE[dir]} must be a list`, rd.prov(l.node));
    const bad = l.node.items.find((i) => i.t === 'unknown');
    if (bad?.t === 'unknown') return unresolvable(bad.reason, rd.prov(bad));
    inline = l.node.items.map((i) => readRule(rd.sub(i, true), dir, rd.prov(i)));
    source = rd.prov(l.node, INLINE[dir]);
    kind = 'explicit';
  } else {
    inline = dir === 'egress' ? [allowAllEgress(rd.block)] : [];
  }
  const all = [...inline, ...joined];
  if (kind === 'explicit' || joined.length > 0) return explicit(all, source);
  return defaulted(all, source, dir === 'egress' ? 'a new security group allows all outbound traffic' : 'a new security group allows no inbound traffic');
}

function allowAllEgress(block: Provenance): SecurityGroupRule {
  const d = <T>(v: T) => defaulted(v, block, 'the egress rule AWS adds to every new security group');
  return { protocol: d('-1'), fromPort: d(-1), toPort: d(-1), ipv4Ranges: d(['0.0.0.0/0']), ipv6Ranges: d([]), sourceSecurityGroups: d([]), prefixListIds: d([]), description: d(''), source: block };
}

/** One rule: an item of the inline list, or a separate SecurityGroupIngress / Egress resource. */
function readRule(rd: Reader, dir: Direction, source: Provenance): SecurityGroupRule {
  const peerGroup = dir === 'ingress' ? ['SourceSecurityGroupId', 'SourceSecurityGroupName'] : ['DestinationSecurityGroupId'];
  const groupPath = peerGroup.find((p) => rd.has(p));
  const list = (path: string): Value<readonly string[]> =>
    rd.has(path) ? rd.get(path, (n, c) => { const v = refOrStr(n, c); return v.ok ? { ok: true, value: [v.value] } : v; }, { value: [] }) : defaulted([], source);
  const protocol = rd.str('IpProtocol', { unresolvable: 'IpProtocol is required' });
  const allPorts = protocol.value === '-1' || protocol.value === 'all';
  return {
    protocol: protocol.value === 'all' ? { ...protocol, value: '-1' } : protocol,
    fromPort: allPorts ? defaulted(-1, source) : rd.num('FromPort', { value: -1 }),
    toPort: allPorts ? defaulted(-1, source) : rd.num('ToPort', { value: -1 }),
    ipv4Ranges: list('CidrIp'),
    ipv6Ranges: list('CidrIpv6'),
    sourceSecurityGroups: groupPath ? list(groupPath) : defaulted([], source),
    prefixListIds: list(dir === 'ingress' ? 'SourcePrefixListId' : 'DestinationPrefixListId'),
    description: rd.str('Description', { value: '' }),
    source,
  };
}

/** The security groups of a resource's `path` as uids: a `!Ref` to a group, or a group name that a group of the template has. */
export function groupUids(rd: Reader, paths: readonly string[]): Value<readonly string[]> {
  const ctx = rd.ctx;
  const present = paths.filter((p) => rd.has(p));
  if (present.length === 0) return defaulted([], rd.block, 'without security groups AWS attaches the VPC default group');
  const out: string[] = [];
  let source: Provenance | undefined;
  for (const p of present) {
    const v = rd.strs(p, { value: [] });
    const refs = rd.refs(p);
    if (refs.kind === 'unresolvable') return refs;
    source ??= refs.source;
    for (const [i, id] of (refs.value ?? []).entries()) out.push(byName(ctx, v.value?.[i]) ?? id);
  }
  return explicit(out, source ?? rd.block);
}

function byName(ctx: AdaptContext, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const g: ResolvedResource | undefined = ctx.ofType('AWS::EC2::SecurityGroup').find((s) => {
    const n = nodeAt(s.props, 'GroupName');
    return n?.t === 'scalar' && n.value === name;
  });
  return g ? ctx.uid(g.logicalId) : undefined;
}
