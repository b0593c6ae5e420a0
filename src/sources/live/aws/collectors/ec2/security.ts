/** Security groups (one model rule per IpPermission, as DescribeSecurityGroups groups them) and network ACLs. */
import { DescribeNetworkAclsCommand, DescribeSecurityGroupsCommand, type EC2Client, type IpPermission, type NetworkAclEntry as ApiAclEntry } from '@aws-sdk/client-ec2';
import type { NetworkAclEntry, SecurityGroupRule } from '../../../../../model/aws/index.js';
import type { CollectorContext } from '../../collector.js';
import { ec2Resource, ec2Uid, valuesOf } from './shared.js';

const GROUPS = 'ec2:DescribeSecurityGroups';
const ACLS = 'ec2:DescribeNetworkAcls';

/** `-1` (all protocols) carries no ports: the model's convention for "all ports" is -1. */
function rule(ctx: CollectorContext, p: IpPermission): SecurityGroupRule {
  const v = valuesOf(ctx, GROUPS);
  const all = p.IpProtocol === '-1';
  return {
    protocol: v(p.IpProtocol ?? '-1'),
    fromPort: v(all || p.FromPort === undefined ? -1 : p.FromPort),
    toPort: v(all || p.ToPort === undefined ? -1 : p.ToPort),
    ipv4Ranges: v((p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : []))),
    ipv6Ranges: v((p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : []))),
    sourceSecurityGroups: v((p.UserIdGroupPairs ?? []).flatMap((g) => (g.GroupId ? [ec2Uid(ctx, 'security-group', g.GroupId, g.UserId)] : []))),
    prefixListIds: v((p.PrefixListIds ?? []).flatMap((l) => (l.PrefixListId ? [l.PrefixListId] : []))),
    description: v([...(p.IpRanges ?? []), ...(p.Ipv6Ranges ?? []), ...(p.UserIdGroupPairs ?? []), ...(p.PrefixListIds ?? [])].map((r) => r.Description).filter(Boolean).join('; ')),
    source: ctx.prov(GROUPS),
  };
}

export async function collectSecurityGroups(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const listed = await ctx.paginate(GROUPS, async (token) => {
    const o = await ec2.send(new DescribeSecurityGroupsCommand({ NextToken: token, MaxResults: 1000 }));
    return { items: o.SecurityGroups ?? [], next: o.NextToken };
  });
  if (!listed.ok) return;
  const v = valuesOf(ctx, GROUPS);
  for (const g of listed.value) {
    if (!g.GroupId) continue;
    ctx.emit(ec2Resource(ctx, 'aws.ec2.security-group', ec2Uid(ctx, 'security-group', g.GroupId), g.GroupName ?? g.GroupId, g.Tags, GROUPS, {
      groupName: v(g.GroupName ?? ''),
      description: v(g.Description ?? ''),
      vpcId: v(g.VpcId ? ec2Uid(ctx, 'vpc', g.VpcId) : ''),
      isDefault: v(g.GroupName === 'default'),
      ingress: v((g.IpPermissions ?? []).map((p) => rule(ctx, p))),
      egress: v((g.IpPermissionsEgress ?? []).map((p) => rule(ctx, p))),
    }));
  }
}

function aclEntry(ctx: CollectorContext, e: ApiAclEntry): NetworkAclEntry {
  const v = valuesOf(ctx, ACLS);
  return {
    ruleNumber: v(e.RuleNumber ?? 0),
    egress: v(e.Egress === true),
    protocol: v(e.Protocol ?? '-1'),
    action: v(e.RuleAction === 'allow' ? 'allow' : 'deny'),
    cidrBlock: v(e.CidrBlock ?? null),
    ipv6CidrBlock: v(e.Ipv6CidrBlock ?? null),
    fromPort: v(e.PortRange?.From ?? -1),
    toPort: v(e.PortRange?.To ?? -1),
    source: ctx.prov(ACLS),
  };
}

export async function collectNetworkAcls(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const listed = await ctx.paginate(ACLS, async (token) => {
    const o = await ec2.send(new DescribeNetworkAclsCommand({ NextToken: token, MaxResults: 1000 }));
    return { items: o.NetworkAcls ?? [], next: o.NextToken };
  });
  if (!listed.ok) return;
  const v = valuesOf(ctx, ACLS);
  for (const a of listed.value) {
    if (!a.NetworkAclId) continue;
    ctx.emit(ec2Resource(ctx, 'aws.ec2.network-acl', ec2Uid(ctx, 'network-acl', a.NetworkAclId), a.NetworkAclId, a.Tags, ACLS, {
      vpcId: v(a.VpcId ? ec2Uid(ctx, 'vpc', a.VpcId) : ''),
      isDefault: v(a.IsDefault === true),
      entries: v((a.Entries ?? []).map((e) => aclEntry(ctx, e))),
      subnetIds: v((a.Associations ?? []).flatMap((s) => (s.SubnetId ? [ec2Uid(ctx, 'subnet', s.SubnetId)] : []))),
    }));
  }
}
