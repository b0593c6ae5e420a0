/**
 * VPC routing in CloudFormation: AWS::EC2::RouteTable (with AWS::EC2::Route and SubnetRouteTableAssociation
 * joined), AWS::EC2::InternetGateway (attached by VPCGatewayAttachment) and AWS::EC2::VPCEndpoint. A route's
 * target kind comes from the template type its `!Ref` names, or from the id prefix of a literal.
 */
import type { InternetGatewayProperties, Route, RouteTableProperties, VpcEndpointProperties } from '../../../../model/aws/vpc.js';
import { defaulted, explicit, isKnown, mapValue, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter, type AdaptContext, type ResolvedResource } from './context.js';
import { Reader, nodeAt, tagsOf, toRef } from './read.js';
import { policyAt, targets } from './policy.js';

/** Route target properties and the model's target kind. */
const TARGETS: readonly [prop: string, kind: string][] = [
  ['NatGatewayId', 'nat-gateway'], ['VpcPeeringConnectionId', 'vpc-peering-connection'], ['TransitGatewayId', 'transit-gateway'],
  ['NetworkInterfaceId', 'network-interface'], ['VpcEndpointId', 'vpc-endpoint'], ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['InstanceId', 'instance'],
];

function joins(ctx: AdaptContext, type: string, prop: string, r: ResolvedResource): readonly ResolvedResource[] {
  return ctx.ofType(type).filter((e) => targets(nodeAt(e.props, prop), r.logicalId, undefined, ctx));
}

function gatewayKind(ctx: AdaptContext, rd: Reader): Value<string> {
  const n = nodeAt(rd.root, 'GatewayId');
  if (n?.t === 'unknown' && n.ref) {
    const t = ctx.byId(n.ref.logicalId)?.type;
    if (t) return explicit(t === 'AWS::EC2::InternetGateway' ? 'internet-gateway' : 'other', rd.block);
  }
  return mapValue(rd.str('GatewayId', { unresolvable: 'GatewayId is unknown' }), (g) => (g.startsWith('igw-') ? 'internet-gateway' : g === 'local' ? 'local' : 'other'));
}

function route(ctx: AdaptContext, e: ResolvedResource): Route {
  const rd = new Reader(ctx, e);
  const hit = TARGETS.find(([p]) => nodeAt(rd.root, p) !== undefined);
  const gw = !hit && nodeAt(rd.root, 'GatewayId') !== undefined;
  return {
    destinationCidrBlock: rd.strOrNull('DestinationCidrBlock'),
    destinationIpv6CidrBlock: rd.strOrNull('DestinationIpv6CidrBlock'),
    destinationPrefixListId: rd.strOrNull('DestinationPrefixListId'),
    target: hit ? rd.ref(hit[0], { value: null }) : gw ? rd.ref('GatewayId', { value: null }) : defaulted(null, rd.block, 'no target'),
    targetKind: hit ? explicit(hit[1], rd.block) : gw ? gatewayKind(ctx, rd) : defaulted('other', rd.block, 'a target this model does not name'),
    state: defaulted('active', rd.block, 'routes are active once created'),
    source: ctx.prov(e.range),
  };
}

/** AWS::EC2::RouteTable. CloudFormation cannot make a table the VPC's main one. */
export const routeTable: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const subnets = joins(ctx, 'AWS::EC2::SubnetRouteTableAssociation', 'RouteTableId', r).map((a) => new Reader(ctx, a).get('SubnetId', toRef, { unresolvable: 'SubnetId is required' }));
  const bad = subnets.find((s) => !isKnown(s));
  const props: RouteTableProperties = {
    vpcId: rd.get('VpcId', toRef, { unresolvable: 'VpcId is required' }),
    isMain: defaulted(false, rd.block, 'CloudFormation creates non-main route tables'),
    subnetIds: bad ? (bad as Value<never>) : subnets.length > 0 ? explicit(subnets.map((s) => s.value as string), subnets[0]!.source) : defaulted([], rd.block, 'no subnet is associated in the template'),
    routes: explicit(joins(ctx, 'AWS::EC2::Route', 'RouteTableId', r).map((e) => route(ctx, e)), rd.block),
  };
  return envelope(ctx, r, 'aws.ec2.route-table', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::InternetGateway, attached to the VPCs its VPCGatewayAttachments name. */
export const internetGateway: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const vpcs = joins(ctx, 'AWS::EC2::VPCGatewayAttachment', 'InternetGatewayId', r).map((a) => new Reader(ctx, a).get('VpcId', toRef, { unresolvable: 'VpcId is required' }));
  const bad = vpcs.find((v) => !isKnown(v));
  const props: InternetGatewayProperties = {
    attachedVpcIds: bad ? (bad as Value<never>) : vpcs.length > 0 ? explicit(vpcs.map((v) => v.value as string), vpcs[0]!.source) : defaulted([], rd.block, 'not attached in the template'),
  };
  return envelope(ctx, r, 'aws.ec2.internet-gateway', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::VPCEndpoint; the policy document may be an object or a JSON string. */
export const vpcEndpoint: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: VpcEndpointProperties = {
    vpcId: rd.get('VpcId', toRef, { unresolvable: 'VpcId is required' }),
    serviceName: rd.str('ServiceName', { unresolvable: 'ServiceName is required' }),
    endpointType: rd.str('VpcEndpointType', { value: 'Gateway' }),
    policy: mapValue(policyAt(rd, 'PolicyDocument'), (d) => (d === null ? null : JSON.stringify(d))),
    routeTableIds: rd.refs('RouteTableIds'),
    subnetIds: rd.refs('SubnetIds'),
    securityGroups: rd.refs('SecurityGroupIds'),
    privateDnsEnabled: rd.bool('PrivateDnsEnabled', false),
    state: defaulted('available', rd.block, 'available once created'),
  };
  return envelope(ctx, r, 'aws.ec2.vpc-endpoint', explicit(r.logicalId), tagsOf(rd), props);
};
