/**
 * VPC networking: VPCs, subnets, route tables, internet and NAT gateways, network interfaces, VPC endpoints
 * (with their policies), peering connections, Elastic IPs and flow logs. References are uids, so the network graph can walk
 * internet gateway → route → subnet → NACL → security group → interface with a public IP.
 */
import {
  DescribeAddressesCommand, DescribeFlowLogsCommand, DescribeInternetGatewaysCommand, DescribeNatGatewaysCommand, DescribeNetworkInterfacesCommand,
  DescribeRouteTablesCommand, DescribeSubnetsCommand, DescribeVpcEndpointsCommand, DescribeVpcPeeringConnectionsCommand, DescribeVpcsCommand, type EC2Client,
  type Route as ApiRoute, type VpcPeeringConnection as ApiPeering,
} from '@aws-sdk/client-ec2';
import type { Route } from '../../../../../model/aws/index.js';
import type { CallResult, CollectorContext } from '../../collector.js';
import { ec2Resource, ec2Uid, uidForId, valuesOf, type Ec2Kind } from './shared.js';

type Paged<T> = (token: string | undefined) => Promise<{ items: readonly T[]; next: string | undefined }>;

async function list<T>(ctx: CollectorContext, call: string, fetch: Paged<T>): Promise<T[]> {
  const r: CallResult<T[]> = await ctx.paginate(call, fetch);
  return r.ok ? r.value : [];
}

const ids = (ctx: CollectorContext, kind: Ec2Kind, xs: readonly (string | undefined)[] | undefined): string[] =>
  (xs ?? []).flatMap((x) => (x ? [ec2Uid(ctx, kind, x)] : []));

/** Which field of a route names its target, in the order AWS fills them. */
const TARGETS: readonly [keyof ApiRoute, string, Ec2Kind][] = [
  ['NatGatewayId', 'nat-gateway', 'natgateway'], ['NetworkInterfaceId', 'network-interface', 'network-interface'],
  ['InstanceId', 'instance', 'instance'], ['VpcPeeringConnectionId', 'vpc-peering-connection', 'vpc-peering-connection'],
  ['TransitGatewayId', 'transit-gateway', 'transit-gateway'], ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway', 'egress-only-internet-gateway'],
];

function route(ctx: CollectorContext, call: string, r: ApiRoute): Route {
  const v = valuesOf(ctx, call);
  let target: string | null = null;
  let kind = 'other';
  const gw = r.GatewayId;
  if (gw === 'local') kind = 'local';
  else if (gw?.startsWith('igw-')) [target, kind] = [ec2Uid(ctx, 'internet-gateway', gw), 'internet-gateway'];
  else if (gw?.startsWith('vpce-')) [target, kind] = [ec2Uid(ctx, 'vpc-endpoint', gw), 'vpc-endpoint'];
  else {
    const hit = TARGETS.find(([f]) => typeof r[f] === 'string');
    if (hit) [target, kind] = [ec2Uid(ctx, hit[2], r[hit[0]] as string), hit[1]];
    else if (gw) target = uidForId(ctx, gw);
  }
  return {
    destinationCidrBlock: v(r.DestinationCidrBlock ?? null),
    destinationIpv6CidrBlock: v(r.DestinationIpv6CidrBlock ?? null),
    destinationPrefixListId: v(r.DestinationPrefixListId ?? null),
    target: v(target),
    targetKind: v(kind),
    state: v(r.State ?? 'active'),
    source: ctx.prov(call),
  };
}

export async function collectNetwork(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const VPCS = 'ec2:DescribeVpcs';
  const vpc = (id: string | undefined): string => (id ? ec2Uid(ctx, 'vpc', id) : '');
  for (const x of await list(ctx, VPCS, async (t) => { const o = await ec2.send(new DescribeVpcsCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.Vpcs ?? [], next: o.NextToken }; })) {
    if (!x.VpcId) continue;
    const v = valuesOf(ctx, VPCS);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.vpc', vpc(x.VpcId), x.VpcId, x.Tags, VPCS, { cidrBlock: v(x.CidrBlock ?? ''), isDefault: v(x.IsDefault === true) }));
  }

  const SUBNETS = 'ec2:DescribeSubnets';
  for (const x of await list(ctx, SUBNETS, async (t) => { const o = await ec2.send(new DescribeSubnetsCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.Subnets ?? [], next: o.NextToken }; })) {
    if (!x.SubnetId) continue;
    const v = valuesOf(ctx, SUBNETS);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.subnet', ec2Uid(ctx, 'subnet', x.SubnetId), x.SubnetId, x.Tags, SUBNETS, {
      vpcId: v(vpc(x.VpcId)), cidrBlock: v(x.CidrBlock ?? ''), mapPublicIpOnLaunch: v(x.MapPublicIpOnLaunch === true), availabilityZone: v(x.AvailabilityZone ?? ''),
    }));
  }

  const RTBS = 'ec2:DescribeRouteTables';
  for (const x of await list(ctx, RTBS, async (t) => { const o = await ec2.send(new DescribeRouteTablesCommand({ NextToken: t, MaxResults: 100 })); return { items: o.RouteTables ?? [], next: o.NextToken }; })) {
    if (!x.RouteTableId) continue;
    const v = valuesOf(ctx, RTBS);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.route-table', ec2Uid(ctx, 'route-table', x.RouteTableId), x.RouteTableId, x.Tags, RTBS, {
      vpcId: v(vpc(x.VpcId)),
      isMain: v((x.Associations ?? []).some((a) => a.Main === true)),
      subnetIds: v(ids(ctx, 'subnet', (x.Associations ?? []).map((a) => a.SubnetId))),
      routes: v((x.Routes ?? []).map((r) => route(ctx, RTBS, r))),
    }));
  }

  const IGWS = 'ec2:DescribeInternetGateways';
  for (const x of await list(ctx, IGWS, async (t) => { const o = await ec2.send(new DescribeInternetGatewaysCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.InternetGateways ?? [], next: o.NextToken }; })) {
    if (!x.InternetGatewayId) continue;
    const v = valuesOf(ctx, IGWS);
    // The API reports an attached internet gateway as `available` (typed as an attachment state the SDK does not list).
    const attached = (x.Attachments ?? []).filter((a) => a.State === undefined || ['attached', 'available'].includes(a.State as string));
    ctx.emit(ec2Resource(ctx, 'aws.ec2.internet-gateway', ec2Uid(ctx, 'internet-gateway', x.InternetGatewayId), x.InternetGatewayId, x.Tags, IGWS, {
      attachedVpcIds: v(ids(ctx, 'vpc', attached.map((a) => a.VpcId))),
    }));
  }

  const NATS = 'ec2:DescribeNatGateways';
  for (const x of await list(ctx, NATS, async (t) => { const o = await ec2.send(new DescribeNatGatewaysCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.NatGateways ?? [], next: o.NextToken }; })) {
    if (!x.NatGatewayId || x.State === 'deleted') continue;
    const v = valuesOf(ctx, NATS);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.nat-gateway', ec2Uid(ctx, 'natgateway', x.NatGatewayId), x.NatGatewayId, x.Tags, NATS, {
      vpcId: v(vpc(x.VpcId)), subnetId: v(x.SubnetId ? ec2Uid(ctx, 'subnet', x.SubnetId) : ''), connectivityType: v(x.ConnectivityType ?? 'public'),
      state: v(x.State ?? 'available'), publicIps: v((x.NatGatewayAddresses ?? []).flatMap((a) => (a.PublicIp ? [a.PublicIp] : []))),
    }));
  }

  const ENIS = 'ec2:DescribeNetworkInterfaces';
  for (const x of await list(ctx, ENIS, async (t) => { const o = await ec2.send(new DescribeNetworkInterfacesCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.NetworkInterfaces ?? [], next: o.NextToken }; })) {
    if (!x.NetworkInterfaceId) continue;
    const v = valuesOf(ctx, ENIS);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.network-interface', ec2Uid(ctx, 'network-interface', x.NetworkInterfaceId), x.NetworkInterfaceId, x.TagSet, ENIS, {
      vpcId: v(vpc(x.VpcId)), subnetId: v(x.SubnetId ? ec2Uid(ctx, 'subnet', x.SubnetId) : ''), interfaceType: v(x.InterfaceType ?? 'interface'),
      privateIp: v(x.PrivateIpAddress ?? null), publicIp: v(x.Association?.PublicIp ?? null),
      securityGroups: v(ids(ctx, 'security-group', (x.Groups ?? []).map((g) => g.GroupId))),
      attachedInstance: v(x.Attachment?.InstanceId ? ec2Uid(ctx, 'instance', x.Attachment.InstanceId) : null),
      status: v(x.Status ?? 'available'),
    }));
  }

  const VPCES = 'ec2:DescribeVpcEndpoints';
  for (const x of await list(ctx, VPCES, async (t) => { const o = await ec2.send(new DescribeVpcEndpointsCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.VpcEndpoints ?? [], next: o.NextToken }; })) {
    if (!x.VpcEndpointId) continue;
    const v = valuesOf(ctx, VPCES);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.vpc-endpoint', ec2Uid(ctx, 'vpc-endpoint', x.VpcEndpointId), x.VpcEndpointId, x.Tags, VPCES, {
      vpcId: v(vpc(x.VpcId)), serviceName: v(x.ServiceName ?? ''), endpointType: v(x.VpcEndpointType ?? 'Gateway'),
      policy: v(x.PolicyDocument ?? null), routeTableIds: v(ids(ctx, 'route-table', x.RouteTableIds)), subnetIds: v(ids(ctx, 'subnet', x.SubnetIds)),
      securityGroups: v(ids(ctx, 'security-group', (x.Groups ?? []).map((g) => g.GroupId))), privateDnsEnabled: v(x.PrivateDnsEnabled === true),
      state: v(x.State ?? 'available'),
    }));
  }

  const FLOWS = 'ec2:DescribeFlowLogs';
  for (const x of await list(ctx, FLOWS, async (t) => { const o = await ec2.send(new DescribeFlowLogsCommand({ NextToken: t, MaxResults: 1000 })); return { items: o.FlowLogs ?? [], next: o.NextToken }; })) {
    if (!x.FlowLogId) continue;
    const v = valuesOf(ctx, FLOWS);
    ctx.emit(ec2Resource(ctx, 'aws.ec2.flow-log', ec2Uid(ctx, 'vpc-flow-log', x.FlowLogId), x.FlowLogId, x.Tags, FLOWS, {
      resourceId: v(x.ResourceId ? uidForId(ctx, x.ResourceId) : ''),
      trafficType: v(x.TrafficType ?? 'ALL'),
      destinationType: v(x.LogDestinationType ?? 'cloud-watch-logs'),
    }));
  }
}

/** A peering connection as this account sees it: whichever side is not ours is the peer. */
function emitPeering(ctx: CollectorContext, call: string, x: ApiPeering & { VpcPeeringConnectionId: string }): void {
  const v = valuesOf(ctx, call);
  const requester = x.RequesterVpcInfo ?? {};
  const accepter = x.AccepterVpcInfo ?? {};
  const weRequested = (requester.OwnerId ?? ctx.account) === ctx.account;
  const [ours, peer] = weRequested ? [requester, accepter] : [accepter, requester];
  const peerAccount = peer.OwnerId ?? ctx.account;
  const peerRegion = peer.Region ?? ctx.region;
  ctx.emit(ec2Resource(ctx, 'aws.ec2.vpc-peering-connection', ec2Uid(ctx, 'vpc-peering-connection', x.VpcPeeringConnectionId), x.VpcPeeringConnectionId, x.Tags, call, {
    vpcId: v(ours.VpcId ? ec2Uid(ctx, 'vpc', ours.VpcId) : ''),
    peerVpcId: v(peer.VpcId ? `arn:${ctx.partition}:ec2:${peerRegion}:${peerAccount}:vpc/${peer.VpcId}` : ''),
    peerAccountId: v(peerAccount === ctx.account ? null : peerAccount),
    peerRegion: v(peerRegion === ctx.region ? null : peerRegion),
    peerCidrBlock: v(peer.CidrBlock ?? null),
    status: v(x.Status?.Code ?? 'active'),
  }));
}

export async function collectPeerings(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const PEERINGS = 'ec2:DescribeVpcPeeringConnections';
  const listed = await list(ctx, PEERINGS, async (t) => {
    const o = await ec2.send(new DescribeVpcPeeringConnectionsCommand({ NextToken: t, MaxResults: 1000 }));
    return { items: o.VpcPeeringConnections ?? [], next: o.NextToken };
  });
  for (const x of listed) {
    // Deleted and rejected connections linger in the listing for a while; they route nothing.
    if (!x.VpcPeeringConnectionId || ['deleted', 'rejected', 'failed', 'expired'].includes(x.Status?.Code ?? '')) continue;
    emitPeering(ctx, PEERINGS, x as ApiPeering & { VpcPeeringConnectionId: string });
  }
}

/** Elastic IPs (DescribeAddresses is not paginated). uids are the allocation ARNs Shield Advanced protects. */
export async function collectAddresses(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const ADDRESSES = 'ec2:DescribeAddresses';
  const r = await ctx.call(ADDRESSES, async () => (await ec2.send(new DescribeAddressesCommand({}))).Addresses ?? []);
  if (!r.ok) return;
  const v = valuesOf(ctx, ADDRESSES);
  for (const a of r.value) {
    const id = a.AllocationId ?? a.PublicIp;
    if (!id) continue;
    const target = a.InstanceId ? ec2Uid(ctx, 'instance', a.InstanceId) : a.NetworkInterfaceId ? ec2Uid(ctx, 'network-interface', a.NetworkInterfaceId) : null;
    ctx.emit(ec2Resource(ctx, 'aws.ec2.elastic-ip', `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:eip-allocation/${id}`, a.PublicIp ?? id, a.Tags, ADDRESSES, {
      publicIp: v(a.PublicIp ?? ''), associatedWith: v(target), domain: v(a.Domain ?? 'vpc'),
    }));
  }
}
