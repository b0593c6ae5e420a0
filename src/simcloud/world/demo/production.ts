/**
 * acme-production: the payments platform, where most of the planted misconfigurations live — including the
 * attack path the identity-graph work reports as one chain: the internet reaches a bastion instance
 * (SSH open to 0.0.0.0/0, public IP) that has an exploitable critical CVE, whose role can pass an
 * administrator role to a new Lambda function.
 */
import type { AccountInput } from '../schema.js';
import { ADMIN_ARN, doc, goodBucket, goodNetwork, goodRegionalServices, trustAccount, trustService } from './common.js';

export const PRODUCTION = '222222222222';
const R = 'eu-west-1';
const KEY = '1b3a4f5e-0000-4000-8000-000000000201';

export function production(management: string): AccountInput {
  const net = goodNetwork('prod', '10.20.0.0/16', PRODUCTION, R) as Record<string, unknown[]>;
  const usNet = goodNetwork('prod-us', '10.21.0.0/16', PRODUCTION, 'us-east-1') as Record<string, unknown[]>;
  return {
    id: PRODUCTION,
    name: 'acme-production',
    email: 'aws-production@acme.example',
    parentId: 'ou-demo-produnit1',
    enabledRegions: ['eu-west-1', 'us-east-1'],
    services: {
      iam: {
        Roles: [
          { RoleName: 'OrganizationAccountAccessRole', AssumeRolePolicyDocument: trustAccount(management), AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }] },
          {
            RoleName: 'payments-bastion',
            AssumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
            InstanceProfileList: [{ InstanceProfileName: 'payments-bastion' }],
            RolePolicyList: [
              {
                PolicyName: 'deploy-functions',
                PolicyDocument: doc([
                  { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction', 'lambda:UpdateFunctionCode'], Resource: '*' },
                  { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
                ]),
              },
            ],
          },
          { RoleName: 'payments-automation', AssumeRolePolicyDocument: trustService('lambda.amazonaws.com'), AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }] },
          { RoleName: 'partner-reporting', AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:AssumeRole' }]) },
          { RoleName: 'payments-api', AssumeRolePolicyDocument: trustService('lambda.amazonaws.com'), RolePolicyList: [{ PolicyName: 'read-orders', PolicyDocument: doc([{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:${R}:${PRODUCTION}:table/orders` }]) }] },
        ],
        Users: [
          { UserName: 'ci-deploy', CreateDate: '2023-01-05T10:00:00Z', AccessKeys: [{ AccessKeyId: 'AKIADEMOPRODCIDEPLOY', Status: 'Active', CreateDate: '2023-01-05T10:00:00Z', LastUsed: { LastUsedDate: '2024-02-01T08:00:00Z', ServiceName: 's3', Region: R } }], AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }] },
          { UserName: 'maria.ops', CreateDate: '2024-03-01T10:00:00Z', PasswordLastUsed: '2026-11-20T09:00:00Z', LoginProfile: { CreateDate: '2024-03-01T10:00:00Z', PasswordResetRequired: false }, MFADevices: [], GroupList: ['operators'] },
          { UserName: 'sam.dev', CreateDate: '2024-06-01T10:00:00Z', PasswordLastUsed: '2026-11-25T09:00:00Z', LoginProfile: { CreateDate: '2024-06-01T10:00:00Z', PasswordResetRequired: false }, MFADevices: [{ SerialNumber: `arn:aws:iam::${PRODUCTION}:mfa/sam.dev`, EnableDate: '2024-06-01T10:05:00Z' }], GroupList: ['operators'] },
        ],
        Groups: [{ GroupName: 'operators', AttachedManagedPolicies: [{ PolicyName: 'ops-full-access', PolicyArn: `arn:aws:iam::${PRODUCTION}:policy/ops-full-access` }] }],
        Policies: [{ PolicyName: 'ops-full-access', DefaultVersionId: 'v2', PolicyVersionList: [
          { VersionId: 'v1', IsDefaultVersion: false, Document: doc([{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }]) },
          { VersionId: 'v2', IsDefaultVersion: true, Document: doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]) },
        ] }],
        PasswordPolicy: { MinimumPasswordLength: 8, RequireSymbols: false, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true },
        Root: { MFA: 'virtual', AccessKeys: [] },
      },
      s3: {
        AccountPublicAccessBlock: null,
        Buckets: [
          goodBucket('acme-payments-ledger', R, `arn:aws:kms:${R}:${PRODUCTION}:key/${KEY}`, { Tags: [{ Key: 'data-classification', Value: 'pii' }] }),
          { Name: 'acme-payments-public-reports', Region: R, Acl: { Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] }, PublicAccessBlock: null },
          { Name: 'acme-customer-exports', Region: R, Policy: doc([{ Sid: 'Partners', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-customer-exports/*' }]), Tags: [{ Key: 'data-classification', Value: 'pii' }] },
        ],
      },
      shield: {},
    },
    regions: {
      [R]: {
        ...goodRegionalServices(PRODUCTION, R, KEY),
        ec2: {
          ...net,
          Vpcs: [...net['Vpcs']!, { VpcId: 'vpc-legacy', CidrBlock: '172.31.0.0/16', IsDefault: true, State: 'available' }],
          Subnets: [...net['Subnets']!, { SubnetId: 'subnet-prod-public', VpcId: 'vpc-prod', CidrBlock: '10.20.100.0/24', AvailabilityZone: `${R}a`, MapPublicIpOnLaunch: true }],
          InternetGateways: [{ InternetGatewayId: 'igw-prod', Attachments: [{ VpcId: 'vpc-prod', State: 'available' }] }],
          RouteTables: [...net['RouteTables']!, { RouteTableId: 'rtb-prod-public', VpcId: 'vpc-prod', Routes: [{ DestinationCidrBlock: '10.20.0.0/16', GatewayId: 'local' }, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-prod' }], Associations: [{ Main: false, SubnetId: 'subnet-prod-public', RouteTableId: 'rtb-prod-public' }] }],
          SecurityGroups: [
            ...net['SecurityGroups']!,
            { GroupId: 'sg-prod-bastion', GroupName: 'payments-bastion', Description: 'bastion access', VpcId: 'vpc-prod', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'anywhere' }] }], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
            { GroupId: 'sg-prod-web', GroupName: 'payments-web', Description: 'public web', VpcId: 'vpc-prod', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
            { GroupId: 'sg-prod-db', GroupName: 'payments-db', Description: 'database', VpcId: 'vpc-prod', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], IpPermissionsEgress: [] },
          ],
          Instances: [
            {
              InstanceId: 'i-0ba57100000000a01', ImageId: 'ami-0prodbase00000001', InstanceType: 't3.small', SubnetId: 'subnet-prod-public', VpcId: 'vpc-prod',
              PublicIpAddress: '34.240.12.7', MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
              IamInstanceProfile: { Arn: `arn:aws:iam::${PRODUCTION}:instance-profile/payments-bastion`, Id: 'AIPADEMOBASTION' },
              SecurityGroups: [{ GroupId: 'sg-prod-bastion', GroupName: 'payments-bastion' }], RootDeviceName: '/dev/xvda',
              BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-0bastionroot00001' } }], Monitoring: { State: 'disabled' },
              Tags: [{ Key: 'Name', Value: 'payments-bastion' }],
            },
            {
              InstanceId: 'i-0app00000000000001', ImageId: 'ami-0prodbase00000001', InstanceType: 'm6i.large', SubnetId: 'subnet-prod-a', VpcId: 'vpc-prod',
              MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 },
              SecurityGroups: [{ GroupId: 'sg-prod-app', GroupName: 'prod-app' }], RootDeviceName: '/dev/xvda',
              BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-0approot0000001' } }], Monitoring: { State: 'enabled' },
              Tags: [{ Key: 'Name', Value: 'payments-app' }],
            },
          ],
          Volumes: [
            { VolumeId: 'vol-0bastionroot00001', Size: 20, VolumeType: 'gp3', Encrypted: false, AvailabilityZone: `${R}a`, Attachments: [{ InstanceId: 'i-0ba57100000000a01', Device: '/dev/xvda' }] },
            { VolumeId: 'vol-0approot0000001', Size: 50, VolumeType: 'gp3', Encrypted: true, KmsKeyId: `arn:aws:kms:${R}:${PRODUCTION}:key/${KEY}`, AvailabilityZone: `${R}a`, Attachments: [{ InstanceId: 'i-0app00000000000001', Device: '/dev/xvda' }] },
            { VolumeId: 'vol-0scratch00000001', Size: 500, VolumeType: 'gp3', Encrypted: false, AvailabilityZone: `${R}b`, Attachments: [] },
          ],
          Snapshots: [{ SnapshotId: 'snap-0ledgerbackup0001', VolumeId: 'vol-0approot0000001', Encrypted: false, StartTime: '2025-06-01T00:00:00Z', VolumeSize: 50, CreateVolumePermissions: [{ Group: 'all' }] }],
          Images: [{ ImageId: 'ami-0prodbase00000001', Name: 'payments-base-2023', CreationDate: '2023-02-01T00:00:00.000Z', Public: true, LaunchPermissions: [{ Group: 'all' }], State: 'available' }],
          EbsEncryptionByDefault: false,
        },
        rds: {
          DBInstances: [
            { DBInstanceIdentifier: 'payments-db', Engine: 'postgres', StorageEncrypted: false, PubliclyAccessible: true, BackupRetentionPeriod: 1, MultiAZ: false, DeletionProtection: false, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-prod-db', Status: 'active' }], TagList: [{ Key: 'data-classification', Value: 'pii' }] },
            { DBInstanceIdentifier: 'ledger-db', Engine: 'postgres', StorageEncrypted: true, KmsKeyId: `arn:aws:kms:${R}:${PRODUCTION}:key/${KEY}`, PubliclyAccessible: false, BackupRetentionPeriod: 14, MultiAZ: true, DeletionProtection: true, IAMDatabaseAuthenticationEnabled: true, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-prod-app', Status: 'active' }] },
          ],
          DBSnapshots: [{ DBSnapshotIdentifier: 'payments-db-final', DBInstanceIdentifier: 'payments-db', SnapshotType: 'manual', Encrypted: false }],
          DBSnapshotAttributes: { 'payments-db-final': [{ AttributeName: 'restore', AttributeValues: ['all'] }] },
        },
        elasticfilesystem: { FileSystems: [{ FileSystemId: 'fs-0shared', Encrypted: false, Name: 'shared-uploads', LifeCycleState: 'available' }] },
        dynamodb: { Tables: [{ TableName: 'orders', DeletionProtectionEnabled: false }] },
        sns: { Topics: [{ TopicArn: `arn:aws:sns:${R}:${PRODUCTION}:payment-events`, Attributes: {} }] },
        sqs: { Queues: [{ QueueName: 'refunds', Attributes: { SqsManagedSseEnabled: 'false', Policy: doc([{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:${R}:${PRODUCTION}:refunds` }]) } }] },
        secretsmanager: { Secrets: [{ Name: 'payments-db-password', RotationEnabled: false }] },
        elasticloadbalancing: {
          LoadBalancers: [
            { LoadBalancerName: 'payments-public', Type: 'application', Scheme: 'internet-facing', SecurityGroups: ['sg-prod-web'], AvailabilityZones: [{ ZoneName: `${R}a`, SubnetId: 'subnet-prod-public' }], Listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward' }] }] },
            { LoadBalancerName: 'payments-internal', Type: 'application', Scheme: 'internal', SecurityGroups: ['sg-prod-app'], AvailabilityZones: [{ ZoneName: `${R}a`, SubnetId: 'subnet-prod-a' }], Attributes: [{ Key: 'access_logs.s3.enabled', Value: 'true' }, { Key: 'deletion_protection.enabled', Value: 'true' }, { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' }], Listeners: [{ Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }] },
          ],
        },
        lambda: {
          Functions: [
            { FunctionName: 'payments-webhook', Runtime: 'python3.8', Role: `arn:aws:iam::${PRODUCTION}:role/payments-api`, Environment: { Variables: { STRIPE_API_KEY: 'sk_live_51Hdemo0000000000000000000', LOG_LEVEL: 'info' } }, Policy: doc([{ Sid: 'AnyoneMayInvoke', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:${R}:${PRODUCTION}:function:payments-webhook` }]), FunctionUrlConfigs: [{ AuthType: 'NONE' }] },
            { FunctionName: 'ledger-reconcile', Runtime: 'python3.12', Role: `arn:aws:iam::${PRODUCTION}:role/payments-api`, TracingConfig: { Mode: 'Active' } },
          ],
        },
        eks: { clusters: [{ name: 'payments-platform', version: '1.29', resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] }, logging: { clusterLogging: [{ types: ['api'], enabled: true }] } }] },
        ecr: { repositories: [{ repositoryName: 'payments-api', imageScanningConfiguration: { scanOnPush: false }, imageTagMutability: 'MUTABLE', policyText: doc([{ Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }]), images: [{ imageDigest: 'sha256:4f1d0000000000000000000000000000000000000000000000000000000000aa', imageTags: ['latest'], imagePushedAt: '2026-10-01T10:00:00Z', imageScanFindings: { findings: [{ name: 'CVE-2024-45337', severity: 'CRITICAL' }] } }] }] },
        wafv2: { WebACLs: [] },
        ssm: {
          InstanceInformationList: [{ InstanceId: 'i-0ba57100000000a01', PingStatus: 'Online', PlatformType: 'Linux', ResourceType: 'EC2Instance' }, { InstanceId: 'i-0app00000000000001', PingStatus: 'Online', PlatformType: 'Linux', ResourceType: 'EC2Instance' }],
          InstancePatchStates: [
            { InstanceId: 'i-0ba57100000000a01', Operation: 'Scan', OperationEndTime: '2026-11-20T00:00:00Z', MissingCount: 23, FailedCount: 0, CriticalNonCompliantCount: 4 },
            { InstanceId: 'i-0app00000000000001', Operation: 'Scan', OperationEndTime: '2026-11-20T00:00:00Z', MissingCount: 0, FailedCount: 0, CriticalNonCompliantCount: 0 },
          ],
          ResourceComplianceSummaryItems: [
            { ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: 'i-0ba57100000000a01', Status: 'NON_COMPLIANT', OverallSeverity: 'CRITICAL' },
            { ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: 'i-0app00000000000001', Status: 'COMPLIANT', OverallSeverity: 'UNSPECIFIED' },
          ],
        },
        inspector2: {
          AccountStatus: { state: { status: 'ENABLED' }, resourceState: { ec2: { status: 'ENABLED' }, ecr: { status: 'ENABLED' }, lambda: { status: 'ENABLED' }, lambdaCode: { status: 'DISABLED' } } },
          Findings: [
            {
              findingArn: `arn:aws:inspector2:${R}:${PRODUCTION}:finding/demo-regresshion`, awsAccountId: PRODUCTION, type: 'PACKAGE_VULNERABILITY', severity: 'CRITICAL', status: 'ACTIVE',
              title: 'CVE-2024-6387 - openssh-server', exploitAvailable: 'YES', fixAvailable: 'YES', inspectorScore: 9.8,
              resources: [{ type: 'AWS_EC2_INSTANCE', id: 'i-0ba57100000000a01', region: R }],
              packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2024-6387', source: 'NVD', cvss: [{ baseScore: 8.1, version: '3.1', source: 'NVD' }], vulnerablePackages: [{ name: 'openssh-server', version: '8.7p1', fixedInVersion: '8.7p1-38' }] },
            },
          ],
        },
      },
      'us-east-1': {
        ...goodRegionalServices(PRODUCTION, 'us-east-1', '1b3a4f5e-0000-4000-8000-000000000202'),
        guardduty: { Detectors: [] },
        ec2: {
          ...usNet,
          SecurityGroups: [
            ...usNet['SecurityGroups']!,
            { GroupId: 'sg-prod-us-rdp', GroupName: 'windows-admin', Description: 'RDP for the reporting host', VpcId: 'vpc-prod-us', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], IpPermissionsEgress: [] },
          ],
          FlowLogs: [],
        },
      },
    },
  };
}
