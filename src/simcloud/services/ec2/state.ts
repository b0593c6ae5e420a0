/**
 * The EC2/VPC section of a simcloud world: `account.regions[<region>].ec2`, in the shapes the EC2 API returns
 * (PascalCase, as the SDK's output types). A few fields are not part of a Describe* output but of an
 * attribute call; they ride on the resource and are stripped from list answers (see `OUTPUT_ONLY_STRIP`).
 * docs/simcloud/ec2.md documents the section.
 */
import type {
  Address, FlowLog, Image, Instance, InternetGateway, LaunchTemplate, NatGateway, NetworkAcl, NetworkInterface,
  RequestLaunchTemplateData, ResponseLaunchTemplateData, RouteTable, SecurityGroup, Snapshot, Subnet, Volume, Vpc, VpcEndpoint, VpcPeeringConnection,
  CreateVolumePermission, LaunchPermission,
} from '@aws-sdk/client-ec2';
import { regionalSection, type AccountState } from '../../world/state.js';

/** A snapshot with its `createVolumePermission` attribute (`[{Group: 'all'}]` = public). */
export type WorldSnapshot = Snapshot & { CreateVolumePermissions?: CreateVolumePermission[] };
/** An AMI with its `launchPermission` attribute; `Public` is derived from it when absent. */
export type WorldImage = Image & { LaunchPermissions?: LaunchPermission[] };
/** An instance with its `userData` attribute (base64, as the API returns it). */
export type WorldInstance = Instance & { UserData?: string };
/** A launch template with the data of its latest version (what DescribeLaunchTemplateVersions returns). */
export type WorldLaunchTemplate = LaunchTemplate & { LaunchTemplateData?: ResponseLaunchTemplateData | RequestLaunchTemplateData };

export interface Ec2Section {
  Instances: WorldInstance[];
  SecurityGroups: SecurityGroup[];
  NetworkAcls: NetworkAcl[];
  Vpcs: Vpc[];
  Subnets: Subnet[];
  RouteTables: RouteTable[];
  InternetGateways: InternetGateway[];
  NatGateways: NatGateway[];
  NetworkInterfaces: NetworkInterface[];
  Volumes: Volume[];
  Snapshots: WorldSnapshot[];
  EbsEncryptionByDefault: boolean;
  /** Default KMS key for EBS encryption; AWS reports `alias/aws/ebs` when none was set. */
  EbsDefaultKmsKeyId?: string;
  Images: WorldImage[];
  VpcEndpoints: VpcEndpoint[];
  /** Peering connections this account is a side of (list each in both accounts' sections, as AWS shows them). */
  VpcPeeringConnections: VpcPeeringConnection[];
  /** Elastic IPs (`DescribeAddresses`). */
  Addresses: Address[];
  FlowLogs: FlowLog[];
  LaunchTemplates: WorldLaunchTemplate[];
}

export function emptyEc2(): Ec2Section {
  return {
    Instances: [], SecurityGroups: [], NetworkAcls: [], Vpcs: [], Subnets: [], RouteTables: [], InternetGateways: [],
    NatGateways: [], NetworkInterfaces: [], Volumes: [], Snapshots: [], EbsEncryptionByDefault: false, Images: [],
    VpcEndpoints: [], VpcPeeringConnections: [], Addresses: [], FlowLogs: [], LaunchTemplates: [],
  };
}

/**
 * Fills the defaults AWS would have set (owner ids, `Public` of images, missing lists) in a world section as
 * loaded from a world file. Idempotent; returns the same object.
 */
export function normalizeEc2(raw: Partial<Ec2Section> | undefined, accountId: string): Ec2Section {
  const s = (raw ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(emptyEc2())) s[k] ??= v;
  return fill(s as unknown as Ec2Section, accountId);
}

function fill(s: Ec2Section, accountId: string): Ec2Section {
  for (const g of s.SecurityGroups) {
    g.OwnerId ??= accountId;
    g.IpPermissions ??= [];
    g.IpPermissionsEgress ??= [];
  }
  for (const sn of s.Snapshots) sn.OwnerId ??= accountId;
  for (const im of s.Images) {
    im.OwnerId ??= accountId;
    im.Public ??= (im.LaunchPermissions ?? []).some((p) => p.Group === 'all');
  }
  for (const v of s.Vpcs) v.OwnerId ??= accountId;
  for (const n of s.NetworkAcls) n.OwnerId ??= accountId;
  for (const r of s.RouteTables) r.OwnerId ??= accountId;
  for (const i of s.InternetGateways) i.OwnerId ??= accountId;
  for (const e of s.NetworkInterfaces) e.OwnerId ??= accountId;
  for (const e of s.VpcEndpoints) e.OwnerId ??= accountId;
  for (const p of s.VpcPeeringConnections) {
    p.RequesterVpcInfo = { OwnerId: accountId, ...p.RequesterVpcInfo };
    p.AccepterVpcInfo = { OwnerId: accountId, ...p.AccepterVpcInfo };
    p.Status ??= { Code: 'active', Message: 'Active' };
  }
  for (const i of s.Instances) i.State ??= { Code: 16, Name: 'running' };
  return s;
}

/** The caller's EC2 section for a region, normalized on first use. */
export function ec2Of(account: AccountState, region: string): Ec2Section {
  const s = regionalSection<Partial<Ec2Section>>(account, region, 'ec2', emptyEc2);
  if (!(s as { __normalized?: boolean }).__normalized) {
    normalizeEc2(s as Ec2Section, account.id);
    Object.defineProperty(s, '__normalized', { value: true, enumerable: false });
  }
  return s as Ec2Section;
}
