/**
 * Building blocks of the demo world: the compliant background every account has, so that planted
 * misconfigurations stand out against realistic, well-configured resources (as in a real organization).
 */
export const REGIONS = ['eu-west-1', 'us-east-1'] as const;

export const doc = (statements: object[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });

/** Trust policy letting the management account assume the role (what Organizations creates). */
export const trustAccount = (account: string): string => doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }]);
export const trustService = (service: string): string => doc([{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }]);

export const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
export const READONLY_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

/** A bucket configured the way a security team would want it. */
export function goodBucket(name: string, region: string, kmsKey: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Name: name,
    Region: region,
    CreationDate: '2023-05-10T09:00:00Z',
    PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKey }, BucketKeyEnabled: true }] },
    Versioning: { Status: 'Enabled' },
    Logging: { TargetBucket: 'acme-security-access-logs', TargetPrefix: `${name}/` },
    Policy: doc([
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]),
    Lifecycle: { Rules: [{ ID: 'expire-noncurrent', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 90 } }] },
    Tags: [{ Key: 'owner', Value: 'platform' }],
    ...extra,
  };
}

/** A VPC with private subnets, flow logs and a locked-down default security group. */
export function goodNetwork(prefix: string, cidr: string, account: string, region: string): Record<string, unknown> {
  const vpc = `vpc-${prefix}`;
  return {
    Vpcs: [{ VpcId: vpc, CidrBlock: cidr, IsDefault: false, State: 'available', Tags: [{ Key: 'Name', Value: prefix }] }],
    Subnets: [
      { SubnetId: `subnet-${prefix}-a`, VpcId: vpc, CidrBlock: cidr.replace(/\.0\.0\/16$/, '.1.0/24'), AvailabilityZone: `${region}a`, MapPublicIpOnLaunch: false },
      { SubnetId: `subnet-${prefix}-b`, VpcId: vpc, CidrBlock: cidr.replace(/\.0\.0\/16$/, '.2.0/24'), AvailabilityZone: `${region}b`, MapPublicIpOnLaunch: false },
    ],
    RouteTables: [{ RouteTableId: `rtb-${prefix}`, VpcId: vpc, Routes: [{ DestinationCidrBlock: cidr, GatewayId: 'local', State: 'active' }], Associations: [{ Main: true, RouteTableId: `rtb-${prefix}` }] }],
    SecurityGroups: [
      { GroupId: `sg-${prefix}-default`, GroupName: 'default', Description: 'default VPC security group', VpcId: vpc, IpPermissions: [], IpPermissionsEgress: [] },
      {
        GroupId: `sg-${prefix}-app`,
        GroupName: `${prefix}-app`,
        Description: 'application tier: HTTPS from the VPC only',
        VpcId: vpc,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: cidr, Description: 'VPC' }] }],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      },
    ],
    NetworkAcls: [
      {
        NetworkAclId: `acl-${prefix}`,
        VpcId: vpc,
        IsDefault: true,
        Entries: [
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: cidr },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
        ],
      },
    ],
    FlowLogs: [{ FlowLogId: `fl-${prefix}`, ResourceId: vpc, TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: `arn:aws:s3:::acme-security-flow-logs/${account}/` }],
    EbsEncryptionByDefault: true,
  };
}

/** Region-level security services switched on, as in a well-run account. */
export function goodRegionalServices(account: string, region: string, kmsKeyId: string): Record<string, unknown> {
  return {
    // Runtime monitoring is opt-in on AWS (simcloud's default leaves it off); a well-run account turns it on.
    guardduty: { Detectors: [{ DetectorId: `gd${account.slice(0, 6)}${region.replace(/-/g, '')}`, Status: 'ENABLED', Features: [{ Name: 'RUNTIME_MONITORING', Status: 'ENABLED' }] }] },
    securityhub: {
      Hub: {},
      StandardsSubscriptions: [
        { StandardsArn: `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0` },
        { StandardsArn: `arn:aws:securityhub:${region}::standards/cis-aws-foundations-benchmark/v/3.0.0` },
      ],
    },
    config: {
      ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${account}:role/aws-config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1', resourceTypes: [] } }],
      ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }],
      DeliveryChannels: [{ name: 'default', s3BucketName: 'acme-security-config' }],
      ConfigRules: [{ ConfigRuleName: 's3-bucket-public-read-prohibited', Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED' } }],
    },
    'access-analyzer': { analyzers: [{ name: 'account-analyzer', type: 'ACCOUNT', status: 'ACTIVE' }] },
    kms: {
      Keys: [{ KeyMetadata: { KeyId: kmsKeyId, Description: 'default data key', KeyManager: 'CUSTOMER' }, KeyRotationEnabled: true, Policy: doc([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }]) }],
      Aliases: [{ AliasName: 'alias/data', TargetKeyId: kmsKeyId }],
    },
    logs: { logGroups: [{ logGroupName: '/platform/audit', retentionInDays: 400, kmsKeyId: `arn:aws:kms:${region}:${account}:key/${kmsKeyId}` }] },
  };
}
