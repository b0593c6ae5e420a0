/** Describe* handlers for VPC networking resources. */
import type {
  Address, FlowLog, InternetGateway, LaunchTemplate, NatGateway, NetworkAcl, NetworkInterface, RouteTable, Subnet, Vpc, VpcEndpoint, VpcPeeringConnection,
} from '@aws-sdk/client-ec2';
import type { OperationHandler } from '../../service.js';
import { LIMITS_5_1000, LIMITS_5_1000_ALL, LIMITS_1_1000, describe, one } from './describe.js';

export const networkOperations: Record<string, OperationHandler> = {
  DescribeVpcs: describe<Vpc>({
    op: 'DescribeVpcs', result: 'DescribeVpcsResult', listKey: 'Vpcs', select: (s) => s.Vpcs, limits: LIMITS_5_1000_ALL,
    ids: { params: ['VpcId', 'VpcIds'], idOf: (v) => v.VpcId, notFound: 'InvalidVpcID.NotFound', what: 'vpc' },
    fields: { 'vpc-id': (v) => one(v.VpcId), 'is-default': (v) => one(v.IsDefault ?? false), 'owner-id': (v) => one(v.OwnerId), 'cidr-block': (v) => one(v.CidrBlock), state: (v) => one(v.State) },
  }),
  DescribeSubnets: describe<Subnet>({
    op: 'DescribeSubnets', result: 'DescribeSubnetsResult', listKey: 'Subnets', select: (s) => s.Subnets, limits: LIMITS_5_1000_ALL,
    ids: { params: ['SubnetId', 'SubnetIds'], idOf: (v) => v.SubnetId, notFound: 'InvalidSubnetID.NotFound', what: 'subnet' },
    fields: { 'vpc-id': (v) => one(v.VpcId), 'subnet-id': (v) => one(v.SubnetId), 'availability-zone': (v) => one(v.AvailabilityZone), 'owner-id': (v) => one(v.OwnerId), 'map-public-ip-on-launch': (v) => one(v.MapPublicIpOnLaunch ?? false) },
  }),
  DescribeNetworkAcls: describe<NetworkAcl>({
    op: 'DescribeNetworkAcls', result: 'DescribeNetworkAclsResult', listKey: 'NetworkAcls', select: (s) => s.NetworkAcls, limits: LIMITS_5_1000_ALL,
    ids: { params: ['NetworkAclId', 'NetworkAclIds'], idOf: (v) => v.NetworkAclId, notFound: 'InvalidNetworkAclID.NotFound', what: 'network ACL' },
    fields: { 'vpc-id': (v) => one(v.VpcId), 'network-acl-id': (v) => one(v.NetworkAclId), default: (v) => one(v.IsDefault ?? false), 'owner-id': (v) => one(v.OwnerId), 'association.subnet-id': (v) => (v.Associations ?? []).map((a) => a.SubnetId) },
  }),
  DescribeRouteTables: describe<RouteTable>({
    op: 'DescribeRouteTables', result: 'DescribeRouteTablesResult', listKey: 'RouteTables', select: (s) => s.RouteTables, limits: LIMITS_5_1000_ALL,
    ids: { params: ['RouteTableId', 'RouteTableIds'], idOf: (v) => v.RouteTableId, notFound: 'InvalidRouteTableID.NotFound', what: 'route table' },
    fields: { 'vpc-id': (v) => one(v.VpcId), 'route-table-id': (v) => one(v.RouteTableId), 'owner-id': (v) => one(v.OwnerId), 'association.subnet-id': (v) => (v.Associations ?? []).map((a) => a.SubnetId), 'association.main': (v) => (v.Associations ?? []).map((a) => String(a.Main ?? false)) },
  }),
  DescribeInternetGateways: describe<InternetGateway>({
    op: 'DescribeInternetGateways', result: 'DescribeInternetGatewaysResult', listKey: 'InternetGateways', select: (s) => s.InternetGateways, limits: LIMITS_5_1000_ALL,
    ids: { params: ['InternetGatewayId', 'InternetGatewayIds'], idOf: (v) => v.InternetGatewayId, notFound: 'InvalidInternetGatewayID.NotFound', what: 'internet gateway' },
    fields: { 'internet-gateway-id': (v) => one(v.InternetGatewayId), 'owner-id': (v) => one(v.OwnerId), 'attachment.vpc-id': (v) => (v.Attachments ?? []).map((a) => a.VpcId) },
  }),
  DescribeNatGateways: describe<NatGateway>({
    op: 'DescribeNatGateways', result: 'DescribeNatGatewaysResult', listKey: 'NatGateways', select: (s) => s.NatGateways, limits: LIMITS_5_1000,
    ids: { params: ['NatGatewayId', 'NatGatewayIds'], idOf: (v) => v.NatGatewayId, notFound: 'NatGatewayNotFound', what: 'NAT gateway' },
    fields: { 'nat-gateway-id': (v) => one(v.NatGatewayId), 'vpc-id': (v) => one(v.VpcId), 'subnet-id': (v) => one(v.SubnetId), state: (v) => one(v.State) },
  }),
  DescribeNetworkInterfaces: describe<NetworkInterface>({
    op: 'DescribeNetworkInterfaces', result: 'DescribeNetworkInterfacesResult', listKey: 'NetworkInterfaces', select: (s) => s.NetworkInterfaces, limits: LIMITS_5_1000_ALL,
    ids: { params: ['NetworkInterfaceId', 'NetworkInterfaceIds'], idOf: (v) => v.NetworkInterfaceId, notFound: 'InvalidNetworkInterfaceID.NotFound', what: 'network interface' },
    fields: { 'network-interface-id': (v) => one(v.NetworkInterfaceId), 'vpc-id': (v) => one(v.VpcId), 'subnet-id': (v) => one(v.SubnetId), 'owner-id': (v) => one(v.OwnerId), 'attachment.instance-id': (v) => one(v.Attachment?.InstanceId), 'group-id': (v) => (v.Groups ?? []).map((g) => g.GroupId) },
  }),
  DescribeVpcEndpoints: describe<VpcEndpoint>({
    op: 'DescribeVpcEndpoints', result: 'DescribeVpcEndpointsResult', listKey: 'VpcEndpoints', select: (s) => s.VpcEndpoints, limits: LIMITS_1_1000,
    ids: { params: ['VpcEndpointId', 'VpcEndpointIds'], idOf: (v) => v.VpcEndpointId, notFound: 'InvalidVpcEndpointId.NotFound', what: 'VPC endpoint' },
    fields: { 'vpc-endpoint-id': (v) => one(v.VpcEndpointId), 'vpc-id': (v) => one(v.VpcId), 'service-name': (v) => one(v.ServiceName), 'vpc-endpoint-type': (v) => one(v.VpcEndpointType), 'vpc-endpoint-state': (v) => one(v.State) },
  }),
  DescribeVpcPeeringConnections: describe<VpcPeeringConnection>({
    op: 'DescribeVpcPeeringConnections', result: 'DescribeVpcPeeringConnectionsResult', listKey: 'VpcPeeringConnections', select: (s) => s.VpcPeeringConnections, limits: LIMITS_5_1000,
    ids: { params: ['VpcPeeringConnectionId', 'VpcPeeringConnectionIds'], idOf: (v) => v.VpcPeeringConnectionId, notFound: 'InvalidVpcPeeringConnectionID.NotFound', what: 'VPC peering connection' },
    fields: {
      'vpc-peering-connection-id': (v) => one(v.VpcPeeringConnectionId), 'status-code': (v) => one(v.Status?.Code),
      'requester-vpc-info.vpc-id': (v) => one(v.RequesterVpcInfo?.VpcId), 'requester-vpc-info.owner-id': (v) => one(v.RequesterVpcInfo?.OwnerId),
      'accepter-vpc-info.vpc-id': (v) => one(v.AccepterVpcInfo?.VpcId), 'accepter-vpc-info.owner-id': (v) => one(v.AccepterVpcInfo?.OwnerId),
    },
  }),
  // Not paginated by AWS: every address in one answer.
  DescribeAddresses: describe<Address>({
    op: 'DescribeAddresses', result: 'DescribeAddressesResult', listKey: 'Addresses', select: (s) => s.Addresses, limits: LIMITS_5_1000_ALL,
    ids: { params: ['AllocationId', 'AllocationIds'], idOf: (v) => v.AllocationId, notFound: 'InvalidAllocationID.NotFound', what: 'address' },
    fields: {
      'allocation-id': (v) => one(v.AllocationId), 'public-ip': (v) => one(v.PublicIp), 'instance-id': (v) => one(v.InstanceId),
      'network-interface-id': (v) => one(v.NetworkInterfaceId), 'association-id': (v) => one(v.AssociationId), domain: (v) => one(v.Domain ?? 'vpc'),
    },
  }),
  DescribeFlowLogs: describe<FlowLog>({
    op: 'DescribeFlowLogs', result: 'DescribeFlowLogsResult', listKey: 'FlowLogs', select: (s) => s.FlowLogs, limits: LIMITS_1_1000,
    ids: { params: ['FlowLogId', 'FlowLogIds'], idOf: (v) => v.FlowLogId, notFound: 'InvalidFlowLogId.NotFound', what: 'flow log' },
    fields: { 'flow-log-id': (v) => one(v.FlowLogId), 'resource-id': (v) => one(v.ResourceId), 'log-destination-type': (v) => one(v.LogDestinationType), 'traffic-type': (v) => one(v.TrafficType), 'deliver-log-status': (v) => one(v.DeliverLogsStatus) },
  }),
  DescribeLaunchTemplates: describe<LaunchTemplate>({
    op: 'DescribeLaunchTemplates', result: 'DescribeLaunchTemplatesResult', listKey: 'LaunchTemplates', select: (s) => s.LaunchTemplates, limits: LIMITS_1_1000,
    ids: { params: ['LaunchTemplateId', 'LaunchTemplateIds'], idOf: (v) => v.LaunchTemplateId, notFound: 'InvalidLaunchTemplateId.NotFound', what: 'launch template' },
    narrow: (items, input) => {
      const names = ([] as unknown[]).concat(input.LaunchTemplateName ?? input.LaunchTemplateNames ?? []).map(String);
      return names.length ? items.filter((t) => names.includes(t.LaunchTemplateName ?? '')) : items;
    },
    fields: { 'launch-template-id': (v) => one(v.LaunchTemplateId), 'launch-template-name': (v) => one(v.LaunchTemplateName), 'create-time': (v) => one(v.CreateTime) },
    hidden: ['LaunchTemplateData'],
  }),
};
