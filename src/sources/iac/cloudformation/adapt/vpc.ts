import type { FlowLogProperties, NetworkAclEntry, NetworkAclProperties, SubnetProperties, VpcProperties } from '../../../../model/aws/ec2.js';
import type { ElasticIpProperties, VpcPeeringConnectionProperties } from '../../../../model/aws/vpc.js';
import { defaulted, explicit, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter } from './context.js';
import { Reader, nodeAt, tagsOf, toRef } from './read.js';
import { targets } from './policy.js';

/** AWS::EC2::VPC. */
export const vpc: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: VpcProperties = {
    cidrBlock: rd.str('CidrBlock', { unresolvable: 'the CIDR block comes from an IPAM pool' }),
    isDefault: defaulted(false, rd.block, 'CloudFormation creates non-default VPCs'),
  };
  return envelope(ctx, r, 'aws.ec2.vpc', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::Subnet. */
export const subnet: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: SubnetProperties = {
    vpcId: rd.get('VpcId', toRef, { unresolvable: 'VpcId is required' }),
    cidrBlock: rd.str('CidrBlock', { unresolvable: 'the CIDR block comes from an IPAM pool' }),
    mapPublicIpOnLaunch: rd.bool('MapPublicIpOnLaunch', false),
    availabilityZone: rd.str('AvailabilityZone', { unresolvable: 'AWS picks the availability zone at deploy' }),
  };
  return envelope(ctx, r, 'aws.ec2.subnet', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::FlowLog. */
export const flowLog: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: FlowLogProperties = {
    resourceId: rd.get('ResourceId', toRef, { unresolvable: 'ResourceId is required' }),
    trafficType: rd.str('TrafficType', { value: 'ALL' }),
    destinationType: rd.str('LogDestinationType', { value: 'cloud-watch-logs' }),
  };
  return envelope(ctx, r, 'aws.ec2.flow-log', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::NetworkAcl, with NetworkAclEntry and SubnetNetworkAclAssociation resources joined. */
export const networkAcl: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const joins = (type: string) => ctx.ofType(type).filter((e) => targets(nodeAt(e.props, 'NetworkAclId'), r.logicalId, undefined, ctx));
  const entries: NetworkAclEntry[] = joins('AWS::EC2::NetworkAclEntry').map((e) => {
    const er = new Reader(ctx, e);
    const source = ctx.prov(e.range);
    const protocol = er.str('Protocol', { unresolvable: 'Protocol is required' });
    const allPorts = protocol.value === '-1';
    return {
      ruleNumber: er.num('RuleNumber', { unresolvable: 'RuleNumber is required' }),
      egress: er.bool('Egress', false),
      protocol,
      action: er.get('RuleAction', (n) => {
        const v = n.t === 'scalar' ? String(n.value).toLowerCase() : '';
        return v === 'allow' || v === 'deny' ? { ok: true, value: v } : { ok: false, reason: 'RuleAction must be allow or deny' };
      }, { unresolvable: 'RuleAction is required' }),
      cidrBlock: er.strOrNull('CidrBlock'),
      ipv6CidrBlock: er.strOrNull('Ipv6CidrBlock'),
      fromPort: allPorts ? defaulted(-1, source) : er.num('PortRange.From', { value: -1 }),
      toPort: allPorts ? defaulted(-1, source) : er.num('PortRange.To', { value: -1 }),
      source,
    };
  });
  const assocs = joins('AWS::EC2::SubnetNetworkAclAssociation').map((a) => new Reader(ctx, a).get('SubnetId', toRef, { unresolvable: 'SubnetId is required' }));
  const badAssoc = assocs.find((a) => a.kind === 'unresolvable');
  const subnetIds: Value<readonly string[]> = badAssoc
    ? mapValue(badAssoc, () => [])
    : assocs.length > 0
      ? explicit(assocs.map((a) => a.value as string), assocs[0]!.source)
      : defaulted([], rd.block, 'no subnet is associated in the template');
  const props: NetworkAclProperties = {
    vpcId: rd.get('VpcId', toRef, { unresolvable: 'VpcId is required' }),
    isDefault: defaulted(false, rd.block, 'CloudFormation creates non-default network ACLs'),
    entries: entries.length > 0 ? explicit(entries, entries[0]!.source) : defaulted([], rd.block, 'a new network ACL denies all traffic'),
    subnetIds,
  };
  return envelope(ctx, r, 'aws.ec2.network-acl', explicit(r.logicalId), tagsOf(rd), props);
};


/** AWS::EC2::VPCPeeringConnection: the requester side as declared; `PeerOwnerId` names the accepter's account. */
export const vpcPeeringConnection: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: VpcPeeringConnectionProperties = {
    vpcId: rd.get('VpcId', toRef, { unresolvable: 'VpcId is required' }),
    peerVpcId: rd.get('PeerVpcId', toRef, { unresolvable: 'PeerVpcId is required' }),
    peerAccountId: rd.strOrNull('PeerOwnerId'),
    peerRegion: rd.strOrNull('PeerRegion'),
    peerCidrBlock: unresolvable('the peer VPC CIDR is not declared on the peering connection', rd.block),
    status: defaulted('active', rd.block, 'CloudFormation waits for the connection to become active'),
  };
  return envelope(ctx, r, 'aws.ec2.vpc-peering-connection', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::EIP, associated through `InstanceId` or an AWS::EC2::EIPAssociation naming it (by AllocationId or EIP). */
export const elasticIp: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const assoc = ctx.ofType('AWS::EC2::EIPAssociation').find((a) => targets(nodeAt(a.props, 'AllocationId'), r.logicalId, undefined, ctx) || targets(nodeAt(a.props, 'EIP'), r.logicalId, undefined, ctx));
  const ar = assoc ? new Reader(ctx, assoc) : undefined;
  const target = (x: Reader): Value<string | null> | undefined =>
    x.has('InstanceId') ? x.get('InstanceId', toRef, { unresolvable: 'InstanceId is required' }) : x.has('NetworkInterfaceId') ? x.get('NetworkInterfaceId', toRef, { unresolvable: 'NetworkInterfaceId is required' }) : undefined;
  const props: ElasticIpProperties = {
    publicIp: unresolvable('AWS allocates the address at deploy', rd.block),
    associatedWith: target(rd) ?? (ar ? target(ar) : undefined) ?? defaulted(null, rd.block, 'the address is not associated in the template'),
    domain: rd.str('Domain', { value: 'vpc' }),
  };
  return envelope(ctx, r, 'aws.ec2.elastic-ip', explicit(r.logicalId), tagsOf(rd), props);
};
