import type { Provenance, Resource, Value } from '../core/index.js';

/**
 * VPC routing and attachment resources: the network graph walks internet gateway → route table → subnet →
 * NACL → security group → interface with a public IP. All references are uids of other model resources
 * (`arn:aws:ec2:<region>:<account>:<type>/<id>`), so the graph can join them without knowing any API.
 */

/** One route of a route table. `target` is the uid of the gateway, interface, peering or endpoint it sends to. */
export interface Route {
  readonly destinationCidrBlock: Value<string | null>;
  readonly destinationIpv6CidrBlock: Value<string | null>;
  readonly destinationPrefixListId: Value<string | null>;
  /** uid of the target (internet gateway, NAT gateway, ENI, instance, peering, transit gateway, VPC endpoint), or null for `local`. */
  readonly target: Value<string | null>;
  /** `internet-gateway`, `nat-gateway`, `network-interface`, `instance`, `vpc-peering-connection`, `transit-gateway`, `egress-only-internet-gateway`, `vpc-endpoint`, `local`, `other`. */
  readonly targetKind: Value<string>;
  /** `active` or `blackhole`. */
  readonly state: Value<string>;
  readonly source: Provenance;
}

export interface RouteTableProperties {
  readonly vpcId: Value<string>;
  /** True for the VPC's main route table (used by subnets with no explicit association). */
  readonly isMain: Value<boolean>;
  /** uids of explicitly associated subnets. */
  readonly subnetIds: Value<readonly string[]>;
  readonly routes: Value<readonly Route[]>;
}
export type RouteTable = Resource<'aws.ec2.route-table', RouteTableProperties>;

export interface InternetGatewayProperties {
  /** uids of the attached VPCs (at most one on AWS today). */
  readonly attachedVpcIds: Value<readonly string[]>;
}
export type InternetGateway = Resource<'aws.ec2.internet-gateway', InternetGatewayProperties>;

export interface NatGatewayProperties {
  readonly vpcId: Value<string>;
  readonly subnetId: Value<string>;
  /** `public` or `private`. */
  readonly connectivityType: Value<string>;
  readonly state: Value<string>;
  readonly publicIps: Value<readonly string[]>;
}
export type NatGateway = Resource<'aws.ec2.nat-gateway', NatGatewayProperties>;

export interface NetworkInterfaceProperties {
  readonly vpcId: Value<string>;
  readonly subnetId: Value<string>;
  /** `interface`, `nat_gateway`, `lambda`, `network_load_balancer`, ... */
  readonly interfaceType: Value<string>;
  readonly privateIp: Value<string | null>;
  /** The public IPv4 address associated with the interface (Elastic IP or auto-assigned), or null. */
  readonly publicIp: Value<string | null>;
  /** uids of the attached security groups. */
  readonly securityGroups: Value<readonly string[]>;
  /** uid of the instance the interface is attached to, or null. */
  readonly attachedInstance: Value<string | null>;
  readonly status: Value<string>;
}
export type NetworkInterface = Resource<'aws.ec2.network-interface', NetworkInterfaceProperties>;

export interface VpcEndpointProperties {
  readonly vpcId: Value<string>;
  /** `com.amazonaws.eu-west-1.s3`. */
  readonly serviceName: Value<string>;
  /** `Gateway`, `Interface`, `GatewayLoadBalancer`. */
  readonly endpointType: Value<string>;
  /** The endpoint policy as a JSON string, or null when the endpoint type has none (full access). */
  readonly policy: Value<string | null>;
  readonly routeTableIds: Value<readonly string[]>;
  readonly subnetIds: Value<readonly string[]>;
  readonly securityGroups: Value<readonly string[]>;
  readonly privateDnsEnabled: Value<boolean>;
  readonly state: Value<string>;
}
export type VpcEndpoint = Resource<'aws.ec2.vpc-endpoint', VpcEndpointProperties>;

/**
 * A VPC peering connection, seen from the account that lists it (either side may). `peerAccountId` is the
 * other side's account: null when both VPCs belong to the same account.
 */
export interface VpcPeeringConnectionProperties {
  /** uid of this account's VPC in the peering. */
  readonly vpcId: Value<string>;
  /** uid of the other side's VPC (in the peer account and region). */
  readonly peerVpcId: Value<string>;
  /** Account owning the other side, or null for a peering inside one account. */
  readonly peerAccountId: Value<string | null>;
  readonly peerRegion: Value<string | null>;
  /** The other side's primary IPv4 CIDR, when known. */
  readonly peerCidrBlock: Value<string | null>;
  /** `active`, `pending-acceptance`, `provisioning`, `rejected`, `expired`, `failed`, `deleted`. */
  readonly status: Value<string>;
}
export type VpcPeeringConnection = Resource<'aws.ec2.vpc-peering-connection', VpcPeeringConnectionProperties>;

/** An Elastic IP address (VPC domain). Its uid is the allocation ARN Shield protects: `arn:aws:ec2:<region>:<account>:eip-allocation/<id>`. */
export interface ElasticIpProperties {
  /** The public IPv4 address, or unknown before allocation (IaC). */
  readonly publicIp: Value<string>;
  /** uid of the associated instance or network interface, or null when the address is not in use. */
  readonly associatedWith: Value<string | null>;
  /** `vpc` (or the retired `standard`). */
  readonly domain: Value<string>;
}
export type ElasticIp = Resource<'aws.ec2.elastic-ip', ElasticIpProperties>;
