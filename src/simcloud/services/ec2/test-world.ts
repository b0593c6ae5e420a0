/**
 * The EC2/VPC test world shared by the collector's end-to-end test and the rules integration test: planted
 * misconfigurations next to compliant twins, and more instances and security groups than one page holds.
 * Test support only (imported by tests, never by simcloud itself or the scan).
 */
import type { WorldInput } from '../../world/schema.js';

export const ACCOUNT = '111111111111';
export const REGION = 'eu-west-1';
export const OTHER_REGION = 'us-east-1';
/** An opt-in region this account has not enabled. */
export const OPT_IN_REGION = 'af-south-1';
/** Filler instances: more than one page of the collector's DescribeInstances (200 a page). */
export const FILLER = 205;
/** Filler security groups: more than one 1000-item page. */
export const GROUP_FILLER = 1005;

const AWS_KEY_USER_DATA = Buffer.from('#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n').toString('base64');
const CLEAN_USER_DATA = Buffer.from('#!/bin/bash\nyum install -y nginx\n').toString('base64');
const PROFILE_ARN = `arn:aws:iam::${ACCOUNT}:instance-profile/web`;

const world4 = (cidr: string) => [{ CidrIp: cidr }];
const tcp = (port: number, ranges: object) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, ...ranges });

function instance(id: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    InstanceId: id, ImageId: 'ami-0abc', InstanceType: 't3.micro', State: { Code: 16, Name: 'running' },
    VpcId: 'vpc-a', SubnetId: 'subnet-a1', RootDeviceName: '/dev/xvda', RootDeviceType: 'ebs',
    LaunchTime: '2026-01-02T03:04:05.000Z', Monitoring: { State: 'disabled' }, EbsOptimized: false,
    MetadataOptions: { State: 'applied', HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
    ...extra,
  };
}

function ebsMapping(volumeId: string): Record<string, unknown> {
  return { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: volumeId, Status: 'attached', DeleteOnTermination: true } }] };
}

function euWest1(filler: number): Record<string, unknown> {
  const fillerInstances = Array.from({ length: filler }, (_, n) => instance(`i-fill${String(n).padStart(5, '0')}`, { ...ebsMapping(`vol-fill${n}`), UserData: CLEAN_USER_DATA }));
  const fillerVolumes = Array.from({ length: filler }, (_, n) => ({ VolumeId: `vol-fill${n}`, Size: 8, VolumeType: 'gp3', Encrypted: true, State: 'in-use', Attachments: [{ InstanceId: `i-fill${String(n).padStart(5, '0')}`, Device: '/dev/xvda', State: 'attached' }] }));
  const fillerGroups = Array.from({ length: filler === 0 ? 0 : GROUP_FILLER }, (_, n) => ({ GroupId: `sg-fill${n}`, GroupName: `private-${n}`, Description: 'internal db', VpcId: 'vpc-b', IpPermissions: [tcp(5432, { IpRanges: world4('10.0.0.0/8') })], IpPermissionsEgress: [] }));
  return {
    Vpcs: [
      { VpcId: 'vpc-a', CidrBlock: '172.31.0.0/16', IsDefault: true, State: 'available' },
      { VpcId: 'vpc-b', CidrBlock: '10.1.0.0/16', IsDefault: false, State: 'available', Tags: [{ Key: 'Name', Value: 'prod' }] },
    ],
    Subnets: [
      { SubnetId: 'subnet-a1', VpcId: 'vpc-a', CidrBlock: '172.31.0.0/20', AvailabilityZone: 'eu-west-1a', MapPublicIpOnLaunch: true },
      { SubnetId: 'subnet-b1', VpcId: 'vpc-b', CidrBlock: '10.1.1.0/24', AvailabilityZone: 'eu-west-1b', MapPublicIpOnLaunch: false },
    ],
    SecurityGroups: [
      { GroupId: 'sg-default', GroupName: 'default', Description: 'default VPC security group', VpcId: 'vpc-a',
        IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-default', UserId: ACCOUNT }] }],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: world4('0.0.0.0/0') }] },
      { GroupId: 'sg-ssh', GroupName: 'ssh-open', Description: 'ssh from anywhere', VpcId: 'vpc-a', IpPermissions: [tcp(22, { IpRanges: world4('0.0.0.0/0') })], IpPermissionsEgress: [] },
      { GroupId: 'sg-rdp', GroupName: 'rdp-open', Description: 'rdp from anywhere', VpcId: 'vpc-a', IpPermissions: [tcp(3389, { IpRanges: world4('0.0.0.0/0'), Ipv6Ranges: [{ CidrIpv6: '::/0' }] })], IpPermissionsEgress: [] },
      { GroupId: 'sg-web', GroupName: 'web', Description: 'https', VpcId: 'vpc-a', IpPermissions: [tcp(443, { IpRanges: world4('0.0.0.0/0') })], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: world4('0.0.0.0/0') }] },
      ...fillerGroups,
    ],
    NetworkAcls: [
      { NetworkAclId: 'acl-open', VpcId: 'vpc-a', IsDefault: true, Associations: [{ NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-open', SubnetId: 'subnet-a1' }],
        Entries: [
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
        ] },
      { NetworkAclId: 'acl-locked', VpcId: 'vpc-b', IsDefault: false, Associations: [{ NetworkAclAssociationId: 'aclassoc-2', NetworkAclId: 'acl-locked', SubnetId: 'subnet-b1' }],
        Entries: [
          { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 443, To: 443 } },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
        ] },
    ],
    RouteTables: [
      { RouteTableId: 'rtb-a', VpcId: 'vpc-a', Associations: [{ Main: true, RouteTableAssociationId: 'rtbassoc-1', RouteTableId: 'rtb-a' }, { Main: false, RouteTableId: 'rtb-a', SubnetId: 'subnet-a1' }],
        Routes: [{ DestinationCidrBlock: '172.31.0.0/16', GatewayId: 'local', State: 'active' }, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-a', State: 'active' }] },
      { RouteTableId: 'rtb-b', VpcId: 'vpc-b', Associations: [{ Main: false, RouteTableId: 'rtb-b', SubnetId: 'subnet-b1' }],
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-b', State: 'active' }, { DestinationPrefixListId: 'pl-6da54004', GatewayId: 'vpce-s3', State: 'active' }] },
    ],
    InternetGateways: [{ InternetGatewayId: 'igw-a', Attachments: [{ VpcId: 'vpc-a', State: 'available' }] }],
    NatGateways: [{ NatGatewayId: 'nat-b', VpcId: 'vpc-b', SubnetId: 'subnet-b1', State: 'available', ConnectivityType: 'public', NatGatewayAddresses: [{ PublicIp: '52.0.0.9', PrivateIp: '10.1.1.9' }] }],
    NetworkInterfaces: [{ NetworkInterfaceId: 'eni-web', VpcId: 'vpc-a', SubnetId: 'subnet-a1', InterfaceType: 'interface', PrivateIpAddress: '172.31.0.10', Association: { PublicIp: '54.1.2.3' }, Groups: [{ GroupId: 'sg-ssh', GroupName: 'ssh-open' }], Attachment: { InstanceId: 'i-imdsv1', Status: 'attached' }, Status: 'in-use' }],
    VpcEndpoints: [{ VpcEndpointId: 'vpce-s3', VpcId: 'vpc-b', ServiceName: 'com.amazonaws.eu-west-1.s3', VpcEndpointType: 'Gateway', State: 'available', RouteTableIds: ['rtb-b'],
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }) }],
    FlowLogs: [{ FlowLogId: 'fl-b', ResourceId: 'vpc-b', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs', FlowLogStatus: 'ACTIVE' }],
    VpcPeeringConnections: [
      // Requested by a partner account: the peer side is the requester.
      { VpcPeeringConnectionId: 'pcx-partner', Status: { Code: 'active', Message: 'Active' }, RequesterVpcInfo: { OwnerId: '999988887777', VpcId: 'vpc-partner', CidrBlock: '10.99.0.0/16', Region: 'eu-west-1' }, AccepterVpcInfo: { VpcId: 'vpc-b', CidrBlock: '10.1.0.0/16', Region: 'eu-west-1' } },
      { VpcPeeringConnectionId: 'pcx-internal', RequesterVpcInfo: { VpcId: 'vpc-a', CidrBlock: '172.31.0.0/16' }, AccepterVpcInfo: { VpcId: 'vpc-b', CidrBlock: '10.1.0.0/16' } },
      { VpcPeeringConnectionId: 'pcx-old', Status: { Code: 'deleted', Message: 'Deleted' }, RequesterVpcInfo: { VpcId: 'vpc-a' }, AccepterVpcInfo: { OwnerId: '999988887777', VpcId: 'vpc-x' } },
    ],
    Addresses: [
      { AllocationId: 'eipalloc-web', PublicIp: '54.1.2.3', InstanceId: 'i-imdsv1', AssociationId: 'eipassoc-web', Domain: 'vpc' },
      { AllocationId: 'eipalloc-spare', PublicIp: '54.1.2.4', Domain: 'vpc' },
    ],
    Instances: [
      instance('i-imdsv1', { ...ebsMapping('vol-unenc'), PublicIpAddress: '54.1.2.3', MetadataOptions: { State: 'applied', HttpTokens: 'optional', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
        SecurityGroups: [{ GroupId: 'sg-ssh', GroupName: 'ssh-open' }, { GroupId: 'sg-web', GroupName: 'web' }], IamInstanceProfile: { Arn: PROFILE_ARN, Id: 'AIPAEXAMPLE' }, UserData: AWS_KEY_USER_DATA,
        Tags: [{ Key: 'Name', Value: 'web-1' }] }),
      instance('i-imdsv2', { ...ebsMapping('vol-enc'), ImageId: 'ami-private', VpcId: 'vpc-b', SubnetId: 'subnet-b1', Monitoring: { State: 'enabled' }, SecurityGroups: [{ GroupId: 'sg-web', GroupName: 'web' }] }),
      instance('i-gone', { State: { Code: 48, Name: 'terminated' } }),
      ...fillerInstances,
    ],
    Volumes: [
      { VolumeId: 'vol-unenc', Size: 8, VolumeType: 'gp2', Encrypted: false, State: 'in-use', Attachments: [{ InstanceId: 'i-imdsv1', Device: '/dev/xvda', State: 'attached' }] },
      { VolumeId: 'vol-enc', Size: 20, VolumeType: 'gp3', Encrypted: true, KmsKeyId: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/k1`, State: 'in-use', Attachments: [{ InstanceId: 'i-imdsv2', Device: '/dev/xvda', State: 'attached' }] },
      { VolumeId: 'vol-data', Size: 100, VolumeType: 'st1', Encrypted: false, State: 'available', Attachments: [] },
      ...fillerVolumes,
    ],
    Snapshots: [
      { SnapshotId: 'snap-public', VolumeId: 'vol-unenc', Encrypted: false, State: 'completed', VolumeSize: 8, StartTime: '2026-02-01T00:00:00.000Z', CreateVolumePermissions: [{ Group: 'all' }] },
      { SnapshotId: 'snap-shared', VolumeId: 'vol-enc', Encrypted: true, State: 'completed', VolumeSize: 20, StartTime: '2026-02-01T00:00:00.000Z', CreateVolumePermissions: [{ UserId: '222222222222' }] },
      { SnapshotId: 'snap-foreign', OwnerId: '999999999999', Encrypted: true, State: 'completed' },
    ],
    Images: [
      { ImageId: 'ami-public', Name: 'golden-2024', CreationDate: '2024-01-01T00:00:00.000Z', State: 'available', LaunchPermissions: [{ Group: 'all' }] },
      { ImageId: 'ami-private', Name: 'golden-2026', CreationDate: '2026-01-01T00:00:00.000Z', DeprecationTime: '2028-01-01T00:00:00.000Z', State: 'available', LaunchPermissions: [{ UserId: '222222222222' }] },
    ],
    EbsEncryptionByDefault: false,
    LaunchTemplates: [
      { LaunchTemplateId: 'lt-v1', LaunchTemplateName: 'legacy', LatestVersionNumber: 3, DefaultVersionNumber: 1, LaunchTemplateData: { UserData: CLEAN_USER_DATA, NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }] } },
      { LaunchTemplateId: 'lt-v2', LaunchTemplateName: 'hardened', LatestVersionNumber: 1, DefaultVersionNumber: 1, LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } },
    ],
  };
}

/**
 * The world: one account, two enabled regions and one opt-in region it has not enabled. `filler` extra
 * private instances (with encrypted root volumes) and GROUP_FILLER security groups push the listings past one page;
 * tests that only need the planted resources pass 0 to stay fast.
 */
export function ec2TestWorld(filler = FILLER): WorldInput {
  return {
    regions: [OTHER_REGION, REGION, OPT_IN_REGION],
    optInRegions: [OPT_IN_REGION],
    accounts: [{
      id: ACCOUNT,
      enabledRegions: [OTHER_REGION, REGION],
      regions: {
        [REGION]: { ec2: euWest1(filler) },
        [OTHER_REGION]: { ec2: { EbsEncryptionByDefault: true, EbsDefaultKmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k2`, SecurityGroups: [{ GroupId: 'sg-east', GroupName: 'east', Description: 'e', VpcId: 'vpc-e', IpPermissions: [], IpPermissionsEgress: [] }] } },
      },
    }],
    credentials: [{ accessKeyId: 'AKIADENIEDEC2USER01', secretAccessKey: 'denied-secret', accountId: ACCOUNT, principal: 'user/auditor', denied: ['ec2:DescribeSnapshotAttribute', 'ec2:GetEbsEncryptionByDefault'] }],
  };
}
