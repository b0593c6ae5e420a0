/**
 * VPC routing in Terraform: route tables (inline `route` blocks and aws_route joined, subnets from
 * aws_route_table_association, main from aws_main_route_table_association or aws_default_route_table),
 * internet gateways (with aws_internet_gateway_attachment) and VPC endpoints (with aws_vpc_endpoint_policy).
 * A route's target kind comes from the resource type it references, or from the id prefix of a literal.
 */
import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue } from '../../../../model/core/index.js';
import type { InternetGatewayProperties, Route, RouteTableProperties, VpcEndpointProperties } from '../../../../model/aws/vpc.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { SUBNET_TYPES } from './ec2.js';
import { isUnresolved, type Scope } from './scope.js';
import { SG_TYPES } from './security-group.js';
import { VPC_TYPES } from './vpc.js';

const RTB = ['aws_route_table', 'aws_default_route_table'];
const IGW = ['aws_internet_gateway'];

/** Route target attributes, the resource types they name and the model's target kind. */
const TARGETS: readonly [attr: string, types: readonly string[], kind: string][] = [
  ['nat_gateway_id', ['aws_nat_gateway'], 'nat-gateway'],
  ['vpc_peering_connection_id', ['aws_vpc_peering_connection'], 'vpc-peering-connection'],
  ['transit_gateway_id', ['aws_ec2_transit_gateway'], 'transit-gateway'],
  ['network_interface_id', ['aws_network_interface'], 'network-interface'],
  ['vpc_endpoint_id', ['aws_vpc_endpoint'], 'vpc-endpoint'],
  ['egress_only_gateway_id', ['aws_egress_only_internet_gateway'], 'egress-only-internet-gateway'],
];

/** The kind of a `gateway_id`: `local`, an internet gateway (by reference or `igw-` literal), else other. */
function gatewayKind(ctx: AdaptContext, r: Scope): Value<string> {
  const n = r.node('gateway_id');
  const target = ctx.refTarget(n, r.inst);
  if (target) return explicit(IGW.includes(target.type) ? 'internet-gateway' : 'other', r.blockProv());
  return mapValue(r.str('gateway_id'), (g) => (g === 'local' ? 'local' : g.startsWith('igw-') ? 'internet-gateway' : 'other'));
}

/** One route: an inline `route` block (`cidr_block`) or an aws_route (`destination_cidr_block`). */
function route(ctx: AdaptContext, r: Scope, separate: boolean): Route {
  const hit = TARGETS.find(([attr]) => r.has(attr));
  const gw = !hit && r.has('gateway_id');
  return {
    destinationCidrBlock: r.strOrNull(separate ? 'destination_cidr_block' : 'cidr_block'),
    destinationIpv6CidrBlock: r.strOrNull(separate ? 'destination_ipv6_cidr_block' : 'ipv6_cidr_block'),
    destinationPrefixListId: r.strOrNull('destination_prefix_list_id'),
    target: hit ? r.ref(hit[0], hit[1], []) : gw ? mapValue(r.ref('gateway_id', IGW, []), (g) => (g === 'local' ? null : g)) : defaulted(null, r.blockProv(), 'no target'),
    targetKind: hit ? explicit(hit[2], r.blockProv()) : gw ? gatewayKind(ctx, r) : defaulted('other', r.blockProv(), 'a target this model does not name'),
    state: defaulted('active', r.blockProv(), 'routes are active once applied'),
    source: r.blockProv(),
  };
}

function adaptRouteTable(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const isDefault = inst.type === 'aws_default_route_table';
  const inline = s.blocks('route');
  const routes: Value<readonly Route[]> = isUnresolved(inline)
    ? inline
    : explicit([...inline.map((b) => route(ctx, b, false)), ...ctx.joined(inst, ['aws_route'], 'route_table_id', []).map((j) => route(ctx, ctx.scope(j), true))], s.blockProv());
  const assocs = ctx.joined(inst, ['aws_route_table_association'], 'route_table_id', []).filter((a) => ctx.scope(a).has('subnet_id'));
  const subnets = assocs.map((a) => ctx.scope(a).ref('subnet_id', SUBNET_TYPES, ['cidr_block']));
  const badSubnet = subnets.find((v) => !isKnown(v));
  const main = isDefault || ctx.joined(inst, ['aws_main_route_table_association'], 'route_table_id', []).length > 0;
  const props: RouteTableProperties = {
    vpcId: isDefault ? s.ref('default_route_table_id', VPC_TYPES, []) : s.ref('vpc_id', VPC_TYPES, ['cidr_block']),
    isMain: main ? explicit(true, s.blockProv()) : defaulted(false, s.blockProv(), 'not made the main route table in the configuration'),
    subnetIds: badSubnet ? (badSubnet as Value<never>) : subnets.length > 0 ? explicit(subnets.map((v) => v.value as string), subnets[0]!.source) : defaulted([], s.blockProv(), 'no subnet is associated in the configuration'),
    routes,
  };
  return ctx.resource(inst, 'aws.ec2.route-table', props, s.str('tags.Name'));
}

function adaptInternetGateway(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const attached = [
    ...(s.has('vpc_id') ? [s.ref('vpc_id', VPC_TYPES, ['cidr_block'])] : []),
    ...ctx.joined(inst, ['aws_internet_gateway_attachment'], 'internet_gateway_id', []).map((a) => ctx.scope(a).ref('vpc_id', VPC_TYPES, ['cidr_block'])),
  ];
  const bad = attached.find((v) => !isKnown(v));
  const props: InternetGatewayProperties = {
    attachedVpcIds: bad ? (bad as Value<never>) : attached.length > 0 ? explicit(attached.map((v) => v.value as string), attached[0]!.source) : defaulted([], s.blockProv(), 'not attached in the configuration'),
  };
  return ctx.resource(inst, 'aws.ec2.internet-gateway', props, s.str('tags.Name'));
}

function adaptVpcEndpoint(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const type = s.str('vpc_endpoint_type', 'Gateway', 'endpoints are Gateway endpoints unless vpc_endpoint_type says otherwise');
  // aws_vpc_endpoint_policy replaces the inline policy when both are declared.
  const separate = ctx.joined(inst, ['aws_vpc_endpoint_policy'], 'vpc_endpoint_id', [])[0];
  const doc = separate ? ctx.scope(separate).policy('policy', 'no policy: full access') : s.policy('policy', 'no policy: AWS attaches the full-access policy');
  const props: VpcEndpointProperties = {
    vpcId: s.ref('vpc_id', VPC_TYPES, ['cidr_block']),
    serviceName: s.str('service_name', undefined, 'service_name is required'),
    endpointType: type,
    policy: mapValue(doc, (d) => (d === null ? null : JSON.stringify(d))),
    routeTableIds: s.refList('route_table_ids', RTB, []),
    subnetIds: s.refList('subnet_ids', SUBNET_TYPES, ['cidr_block']),
    securityGroups: s.refList('security_group_ids', SG_TYPES, ['name']),
    privateDnsEnabled: s.bool('private_dns_enabled', false),
    state: defaulted('available', s.blockProv(), 'available once applied'),
  };
  return ctx.resource(inst, 'aws.ec2.vpc-endpoint', props, s.str('tags.Name'));
}

/** Route tables, internet gateways and VPC endpoints. */
export function adaptVpcRouting(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(RTB, (i) => adaptRouteTable(ctx, i)),
    ...ctx.each(IGW, (i) => adaptInternetGateway(ctx, i)),
    ...ctx.each(['aws_vpc_endpoint'], (i) => adaptVpcEndpoint(ctx, i)),
  ];
}

