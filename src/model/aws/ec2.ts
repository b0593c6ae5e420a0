import type { Resource, Value, Provenance } from '../core/index.js';

/**
 * One security-group rule. Protocol `-1` means all traffic; ports are -1 or absent for all.
 * Each element carries its own provenance (the ingress block or the separate rule resource).
 */
export interface SecurityGroupRule {
  readonly protocol: Value<string>;
  readonly fromPort: Value<number>;
  readonly toPort: Value<number>;
  readonly ipv4Ranges: Value<readonly string[]>;
  readonly ipv6Ranges: Value<readonly string[]>;
  /** uids of referenced security groups. */
  readonly sourceSecurityGroups: Value<readonly string[]>;
  readonly prefixListIds: Value<readonly string[]>;
  readonly description: Value<string>;
  readonly source: Provenance;
}

export interface SecurityGroupProperties {
  readonly groupName: Value<string>;
  readonly description: Value<string>;
  /** uid of the VPC. */
  readonly vpcId: Value<string>;
  /** True for the VPC's default security group (`aws_default_security_group`, or named `default` live). */
  readonly isDefault: Value<boolean>;
  readonly ingress: Value<readonly SecurityGroupRule[]>;
  readonly egress: Value<readonly SecurityGroupRule[]>;
}
export type SecurityGroup = Resource<'aws.ec2.security-group', SecurityGroupProperties>;

export interface Ec2InstanceProperties {
  readonly instanceId: Value<string>;
  readonly imageId: Value<string>;
  readonly instanceType: Value<string>;
  /** Whether the instance has (or, in IaC, will get) a public IPv4 address. */
  readonly hasPublicIp: Value<boolean>;
  readonly publicIp: Value<string | null>;
  /** `required` = IMDSv2 only. AWS default is `optional` unless the AMI says otherwise. */
  readonly metadataHttpTokens: Value<string>;
  readonly metadataHttpEndpoint: Value<string>;
  readonly metadataHopLimit: Value<number>;
  /** uids of attached security groups. */
  readonly securityGroups: Value<readonly string[]>;
  readonly subnetId: Value<string | null>;
  /** uid of the IAM instance profile, or null. */
  readonly iamInstanceProfile: Value<string | null>;
  readonly rootVolumeEncrypted: Value<boolean>;
  readonly detailedMonitoring: Value<boolean>;
  readonly ebsOptimized: Value<boolean>;
  /** Decoded user data, or null. Rules scan it for secrets; outputs must redact it. */
  readonly userData: Value<string | null>;
  readonly state: Value<string>;
  readonly launchTime: Value<string | null>;
  /**
   * The AMI the instance was launched from, as DescribeImages shows it now; null when the AMI is no longer
   * visible (deregistered, or unshared from this account). Absent where the source cannot know it (IaC, AWS
   * Config): rules read absent as not collected.
   */
  readonly launchImage?: Value<LaunchImage | null>;
}
export type Ec2Instance = Resource<'aws.ec2.instance', Ec2InstanceProperties>;

/** What an instance's AMI says about its origin and lifecycle. */
export interface LaunchImage {
  readonly ownerId: string;
  /** `amazon`, `aws-marketplace`, `aws-backup-vault`, or null for an image of an ordinary account. */
  readonly ownerAlias: string | null;
  /** ISO-8601 time the AMI is (or was) deprecated, or null. */
  readonly deprecationTime: string | null;
  readonly creationDate: string | null;
}

export interface EbsVolumeProperties {
  readonly encrypted: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
  readonly sizeGiB: Value<number>;
  readonly volumeType: Value<string>;
  readonly attachedInstances: Value<readonly string[]>;
}
export type EbsVolume = Resource<'aws.ec2.volume', EbsVolumeProperties>;

export interface EbsSnapshotProperties {
  readonly encrypted: Value<boolean>;
  /** Accounts allowed to create volumes; `all` means public. */
  readonly createVolumePermissions: Value<readonly string[]>;
}
export type EbsSnapshot = Resource<'aws.ec2.snapshot', EbsSnapshotProperties>;

export interface AmiProperties {
  readonly public: Value<boolean>;
  readonly creationDate: Value<string | null>;
  readonly deprecationTime: Value<string | null>;
  readonly launchPermissions: Value<readonly string[]>;
}
export type Ami = Resource<'aws.ec2.image', AmiProperties>;

/** Account-and-region setting: EBS encryption by default. */
export interface EbsDefaultEncryptionProperties {
  readonly enabled: Value<boolean>;
  readonly kmsKeyId: Value<string | null>;
}
export type EbsDefaultEncryption = Resource<'aws.ec2.ebs-default-encryption', EbsDefaultEncryptionProperties>;

export interface VpcProperties {
  readonly cidrBlock: Value<string>;
  readonly isDefault: Value<boolean>;
}
export type Vpc = Resource<'aws.ec2.vpc', VpcProperties>;

export interface SubnetProperties {
  readonly vpcId: Value<string>;
  readonly cidrBlock: Value<string>;
  readonly mapPublicIpOnLaunch: Value<boolean>;
  readonly availabilityZone: Value<string>;
}
export type Subnet = Resource<'aws.ec2.subnet', SubnetProperties>;

export interface FlowLogProperties {
  /** uid of the VPC, subnet or ENI the flow log watches. */
  readonly resourceId: Value<string>;
  readonly trafficType: Value<string>;
  readonly destinationType: Value<string>;
}
export type FlowLog = Resource<'aws.ec2.flow-log', FlowLogProperties>;

export interface NetworkAclEntry {
  readonly ruleNumber: Value<number>;
  readonly egress: Value<boolean>;
  readonly protocol: Value<string>;
  readonly action: Value<'allow' | 'deny'>;
  readonly cidrBlock: Value<string | null>;
  readonly ipv6CidrBlock: Value<string | null>;
  readonly fromPort: Value<number>;
  readonly toPort: Value<number>;
  readonly source: Provenance;
}
export interface NetworkAclProperties {
  readonly vpcId: Value<string>;
  readonly isDefault: Value<boolean>;
  readonly entries: Value<readonly NetworkAclEntry[]>;
  readonly subnetIds: Value<readonly string[]>;
}
export type NetworkAcl = Resource<'aws.ec2.network-acl', NetworkAclProperties>;

export interface LaunchTemplateProperties {
  readonly metadataHttpTokens: Value<string>;
  readonly associatePublicIp: Value<boolean>;
  readonly userData: Value<string | null>;
}
export type LaunchTemplate = Resource<'aws.ec2.launch-template', LaunchTemplateProperties>;
