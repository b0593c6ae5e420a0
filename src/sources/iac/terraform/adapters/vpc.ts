import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { FlowLogProperties, NetworkAclEntry, NetworkAclProperties, SubnetProperties, VpcProperties } from '../../../../model/aws/ec2.js';
import type { ElasticIpProperties, VpcPeeringConnectionProperties } from '../../../../model/aws/vpc.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { SUBNET_TYPES } from './ec2.js';
import { isUnresolved, type Scope } from './scope.js';

/** Terraform types that become `aws.ec2.vpc`. */
export const VPC_TYPES = ['aws_vpc', 'aws_default_vpc'];
const NACL_TYPES = ['aws_network_acl', 'aws_default_network_acl'];

function vpcResource(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const isDefault = inst.type === 'aws_default_vpc';
  const props: VpcProperties = {
    cidrBlock: isDefault
      ? defaulted('172.31.0.0/16', s.blockProv(), 'the default VPC CIDR')
      : s.str('cidr_block', undefined, 'no cidr_block: allocated from IPAM at apply time'),
    isDefault: isDefault ? explicit(true, s.blockProv()) : defaulted(false, s.blockProv()),
  };
  return ctx.resource(inst, 'aws.ec2.vpc', props, s.str('tags.Name'));
}

function adaptSubnet(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const isDefault = inst.type === 'aws_default_subnet';
  const defaultVpc = ctx.sameRoot(inst, 'aws_default_vpc')[0];
  const props: SubnetProperties = {
    vpcId: isDefault
      ? defaulted(defaultVpc ? ctx.uid(defaultVpc) : 'default', s.blockProv(), 'a default subnet belongs to the default VPC')
      : s.ref('vpc_id', VPC_TYPES, ['cidr_block']),
    cidrBlock: s.str('cidr_block', undefined, isDefault ? 'assigned by AWS to the default subnet' : 'no cidr_block: allocated from IPAM at apply time'),
    mapPublicIpOnLaunch: s.bool(
      'map_public_ip_on_launch',
      isDefault,
      isDefault ? 'default subnets assign public IPv4 addresses' : 'subnets do not assign public IPv4 addresses unless asked',
    ),
    availabilityZone: s.str('availability_zone', undefined, 'no availability_zone: AWS picks one at apply time'),
  };
  return ctx.resource(inst, 'aws.ec2.subnet', props, s.str('tags.Name'));
}

function adaptFlowLog(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const targets: Array<[string, string[]]> = [
    ['vpc_id', VPC_TYPES],
    ['subnet_id', SUBNET_TYPES],
    ['eni_id', ['aws_network_interface']],
    ['transit_gateway_id', ['aws_ec2_transit_gateway']],
    ['transit_gateway_attachment_id', ['aws_ec2_transit_gateway_vpc_attachment']],
  ];
  const hit = targets.find(([attr]) => s.has(attr));
  const props: FlowLogProperties = {
    resourceId: hit ? s.ref(hit[0], hit[1], ['cidr_block']) : unresolvable('the flow log names no VPC, subnet or network interface', s.blockProv()),
    trafficType: s.str('traffic_type', 'ALL'),
    destinationType: s.str('log_destination_type', 'cloud-watch-logs'),
  };
  return ctx.resource(inst, 'aws.ec2.flow-log', props);
}

/** One entry: an inline ingress/egress block (`rule_no`, `action`) or an aws_network_acl_rule. */
function entry(r: Scope, egress: Value<boolean>, separate: boolean): NetworkAclEntry {
  const proto = r.str('protocol');
  const all = proto.kind !== 'unresolvable' && ['-1', 'all'].includes(String(proto.value).toLowerCase());
  const port = (p: string) => (all && !r.has(p) ? defaulted(-1, r.blockProv(), 'all traffic') : r.num(p, 0));
  return {
    ruleNumber: r.num(separate ? 'rule_number' : 'rule_no'),
    egress,
    protocol: proto,
    action: mapValue(r.str(separate ? 'rule_action' : 'action'), (a) => a.toLowerCase() as 'allow' | 'deny'),
    cidrBlock: r.strOrNull('cidr_block'),
    ipv6CidrBlock: r.strOrNull('ipv6_cidr_block'),
    fromPort: port('from_port'),
    toPort: port('to_port'),
    source: r.blockProv(),
  };
}

function adaptNacl(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const isDefault = inst.type === 'aws_default_network_acl';
  let entries: Value<readonly NetworkAclEntry[]> | undefined;
  const list: NetworkAclEntry[] = [];
  for (const dir of ['ingress', 'egress'] as const) {
    const b = s.blocks(dir);
    if (isUnresolved(b)) entries ??= b;
    else for (const r of b) list.push(entry(r, explicit(dir === 'egress', r.blockProv()), false));
  }
  for (const j of ctx.joined(inst, ['aws_network_acl_rule'], 'network_acl_id', [])) {
    const js = ctx.scope(j);
    list.push(entry(js, js.bool('egress', false), true));
  }
  entries ??= list.length > 0 ? explicit(list, s.blockProv()) : defaulted([], s.blockProv(), 'no rule: everything is denied');
  const assoc = ctx.joined(inst, ['aws_network_acl_association'], 'network_acl_id', []);
  let subnetIds = s.refList('subnet_ids', SUBNET_TYPES, ['cidr_block']);
  if (assoc.length > 0 && subnetIds.kind !== 'unresolvable') {
    const extra: string[] = [];
    for (const a of assoc) {
      const v = ctx.scope(a).ref('subnet_id', SUBNET_TYPES, ['cidr_block']);
      if (v.kind === 'unresolvable') subnetIds = v as Value<never>;
      else extra.push(v.value as string);
    }
    if (subnetIds.kind !== 'unresolvable') subnetIds = explicit([...(subnetIds.value ?? []), ...extra], subnetIds.source);
  }
  const props: NetworkAclProperties = {
    vpcId: isDefault ? s.ref('default_network_acl_id', VPC_TYPES, []) : s.ref('vpc_id', VPC_TYPES, ['cidr_block']),
    isDefault: isDefault ? explicit(true, s.blockProv()) : defaulted(false, s.blockProv()),
    entries,
    subnetIds,
  };
  return ctx.resource(inst, 'aws.ec2.network-acl', props, s.str('tags.Name'));
}

/** aws_vpc_peering_connection: the requester side as declared; the accepter side's account is `peer_owner_id`. */
function adaptPeering(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: VpcPeeringConnectionProperties = {
    vpcId: s.ref('vpc_id', VPC_TYPES, ['cidr_block']),
    peerVpcId: s.ref('peer_vpc_id', VPC_TYPES, ['cidr_block']),
    peerAccountId: s.strOrNull('peer_owner_id', 'no peer_owner_id: the peer VPC is in the same account'),
    peerRegion: s.strOrNull('peer_region', 'no peer_region: the peer VPC is in the same region'),
    peerCidrBlock: unresolvable('the peer VPC CIDR is not declared on the peering connection', s.blockProv()),
    status: defaulted('active', s.blockProv(), 'Terraform waits for the connection to become active'),
  };
  return ctx.resource(inst, 'aws.ec2.vpc-peering-connection', props, s.str('tags.Name'));
}

/** aws_eip: associated through `instance` / `network_interface`, or an aws_eip_association naming it. */
function adaptEip(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const targets: Array<[string, string[]]> = [['instance', ['aws_instance']], ['network_interface', ['aws_network_interface']]];
  const direct = targets.find(([attr]) => s.has(attr));
  const assoc = ctx.joined(inst, ['aws_eip_association'], 'allocation_id', [])[0];
  const assocScope = assoc ? ctx.scope(assoc) : undefined;
  // The association names its target with `instance_id` / `network_interface_id`.
  const viaAssoc = assocScope ? targets.map(([attr, types]): [string, string[]] => [`${attr}_id`, types]).find(([attr]) => assocScope.has(attr)) : undefined;
  const props: ElasticIpProperties = {
    publicIp: unresolvable('AWS allocates the address at apply time', s.blockProv()),
    associatedWith: direct
      ? s.ref(direct[0], direct[1], [])
      : assocScope && viaAssoc
        ? assocScope.ref(viaAssoc[0], viaAssoc[1], [])
        : defaulted(null, s.blockProv(), 'the address is not associated in the configuration'),
    domain: s.str('domain', 'vpc', 'Elastic IPs are allocated for VPCs'),
  };
  return ctx.resource(inst, 'aws.ec2.elastic-ip', props, s.str('tags.Name'));
}

/** VPCs, subnets, flow logs, peering connections, Elastic IPs and network ACLs (with aws_network_acl_rule and associations joined). */
export function adaptVpc(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(VPC_TYPES, (i) => vpcResource(ctx, i)),
    ...ctx.each(SUBNET_TYPES, (i) => adaptSubnet(ctx, i)),
    ...ctx.each(['aws_flow_log'], (i) => adaptFlowLog(ctx, i)),
    ...ctx.each(NACL_TYPES, (i) => adaptNacl(ctx, i)),
    ...ctx.each(['aws_vpc_peering_connection'], (i) => adaptPeering(ctx, i)),
    ...ctx.each(['aws_eip'], (i) => adaptEip(ctx, i)),
  ];
}
