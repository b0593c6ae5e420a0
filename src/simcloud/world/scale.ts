/**
 * The scale world generator (`cloudwarden simcloud --world scale:accounts=N,resources=M`, the discovery
 * benchmark): an organization of N accounts, each holding about M generated resources spread over two
 * regions in a realistic mix (instances, security groups, volumes, buckets, IAM roles/users/policies, RDS,
 * Lambda, KMS keys, log groups, ...), with a few percent of them misconfigured. `resources` is per account,
 * so `accounts=100,resources=1000` is the 100,000-resource organization. Deterministic for a seed.
 */
import { prng } from '../faults.js';
import type { AccountInput, WorldInput } from './schema.js';

/** Parameters of `scaleWorld`. */
export interface ScaleOptions {
  /** Accounts in the organization, the management account included (≥ 1). */
  readonly accounts: number;
  /** Generated resources per account (about: the mix is rounded per kind). Default 100. */
  readonly resources?: number;
  /** PRNG seed: the same seed gives the same world. Default 1. */
  readonly seed?: number;
  /** Share of resources planted with a misconfiguration (0..1). Default 0.05. */
  readonly misconfigured?: number;
}

/** The two regions every scale account uses. */
export const SCALE_REGIONS = ['us-east-1', 'eu-west-1'] as const;
/** Management account id; members follow it (100000000001, ...). */
export const SCALE_MANAGEMENT = '100000000000';
const ROOT = 'r-scl0';
const OUS = [
  { id: 'ou-scl0-workload', name: 'Workloads', parentId: ROOT },
  { id: 'ou-scl0-sandboxs', name: 'Sandbox', parentId: ROOT },
  { id: 'ou-scl0-platform', name: 'Platform', parentId: ROOT },
];

/** The resource mix: share of each kind in an account (sums to 1). */
export const SCALE_MIX = {
  instance: 0.14,
  volume: 0.16,
  securityGroup: 0.12,
  snapshot: 0.04,
  bucket: 0.07,
  role: 0.1,
  user: 0.05,
  policy: 0.05,
  dbInstance: 0.05,
  function: 0.1,
  key: 0.04,
  logGroup: 0.08,
} as const;
type Kind = keyof typeof SCALE_MIX;

const doc = (statements: object[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0').slice(-w);

/** Counts per kind for `m` resources: every kind gets its share, rounding fixed on the largest ones. */
export function scaleMix(m: number): Record<Kind, number> {
  const kinds = Object.keys(SCALE_MIX) as Kind[];
  const out = Object.fromEntries(kinds.map((k) => [k, Math.floor(m * SCALE_MIX[k])])) as Record<Kind, number>;
  let left = m - kinds.reduce((s, k) => s + out[k], 0);
  for (const k of [...kinds].sort((a, b) => SCALE_MIX[b] - SCALE_MIX[a])) {
    if (left-- <= 0) break;
    out[k]++;
  }
  return out;
}

/** Builds the world. Throws `RangeError` for non-positive or non-integer sizes. */
export function scaleWorld(opts: ScaleOptions): WorldInput {
  const n = opts.accounts;
  const m = opts.resources ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new RangeError(`accounts must be an integer in 1..10000, got ${n}`);
  if (!Number.isInteger(m) || m < 0) throw new RangeError(`resources must be a non-negative integer, got ${m}`);
  const bad = opts.misconfigured ?? 0.05;
  const random = prng(opts.seed ?? 1);
  const accounts: AccountInput[] = [];
  for (let i = 0; i < n; i++) accounts.push(account(String(Number(SCALE_MANAGEMENT) + i), i, m, () => random() < bad));
  return {
    regions: [...SCALE_REGIONS],
    optInRegions: [],
    organization: {
      id: 'o-scaleworld01',
      managementAccountId: SCALE_MANAGEMENT,
      rootId: ROOT,
      units: OUS,
      policies: [{ id: 'p-scaledenyleave', name: 'deny-leave-organization', document: doc([{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }]), targets: [ROOT] }],
    },
    accounts,
  };
}

function account(id: string, index: number, m: number, flaw: () => boolean): AccountInput {
  const mix = scaleMix(m);
  const name = index === 0 ? 'management' : `workload-${pad(index, 4)}`;
  const regional: Record<string, Record<string, unknown>> = {};
  const regions = SCALE_REGIONS.map((r, ri) => ({ r, ri, ec2: network(id, r, ri), rds: [] as object[], lambda: [] as object[], kms: [] as object[], logs: [] as object[] }));
  // Regional resources alternate between the two regions.
  const at = (k: number) => regions[k % regions.length]!;
  for (let k = 0; k < mix.securityGroup; k++) {
    const g = at(k);
    const open = flaw();
    (g.ec2.SecurityGroups as object[]).push({
      GroupId: `sg-${hex(index, 5)}${g.ri}${hex(k, 9)}`,
      GroupName: `app-${k}`,
      Description: open ? 'admin access' : 'application tier',
      VpcId: g.ec2.vpc,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: open ? 22 : 443, ToPort: open ? 22 : 443, IpRanges: [{ CidrIp: open ? '0.0.0.0/0' : '10.0.0.0/8' }] }],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    });
  }
  for (let k = 0; k < mix.instance; k++) {
    const g = at(k);
    const iid = `i-${hex(index, 5)}${g.ri}${hex(k, 11)}`;
    (g.ec2.Instances as object[]).push({
      InstanceId: iid, ImageId: `ami-${hex(index, 8)}base0000`, InstanceType: k % 3 ? 't3.medium' : 'm6i.large', SubnetId: g.ec2.subnet, VpcId: g.ec2.vpc,
      MetadataOptions: { HttpTokens: flaw() ? 'optional' : 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
      SecurityGroups: [{ GroupId: g.ec2.defaultApp, GroupName: 'app' }], RootDeviceName: '/dev/xvda', Monitoring: { State: 'enabled' },
      Tags: [{ Key: 'Name', Value: `${name}-app-${k}` }],
    });
  }
  for (let k = 0; k < mix.volume; k++) {
    const g = at(k);
    const encrypted = !flaw();
    (g.ec2.Volumes as object[]).push({ VolumeId: `vol-${hex(index, 5)}${g.ri}${hex(k, 11)}`, Size: 20 + (k % 8) * 10, VolumeType: 'gp3', Encrypted: encrypted, AvailabilityZone: `${g.r}a`, Attachments: [] });
  }
  for (let k = 0; k < mix.snapshot; k++) {
    const g = at(k);
    const pub = flaw();
    (g.ec2.Snapshots as object[]).push({ SnapshotId: `snap-${hex(index, 5)}${g.ri}${hex(k, 11)}`, VolumeId: `vol-${hex(index, 5)}${g.ri}${hex(k, 11)}`, Encrypted: !pub, StartTime: '2026-01-01T00:00:00Z', VolumeSize: 20, CreateVolumePermissions: pub ? [{ Group: 'all' }] : [] });
  }
  for (let k = 0; k < mix.dbInstance; k++) {
    const g = at(k);
    const weak = flaw();
    g.rds.push({ DBInstanceIdentifier: `db-${k}`, Engine: k % 2 ? 'mysql' : 'postgres', StorageEncrypted: !weak, PubliclyAccessible: weak, BackupRetentionPeriod: weak ? 1 : 14, MultiAZ: !weak, DeletionProtection: !weak, VpcSecurityGroups: [{ VpcSecurityGroupId: g.ec2.defaultApp, Status: 'active' }] });
  }
  for (let k = 0; k < mix.function; k++) {
    const g = at(k);
    const fn = `fn-${k}`;
    const weak = flaw();
    g.lambda.push({
      FunctionName: fn, Runtime: weak ? 'python3.8' : 'nodejs20.x', Role: `arn:aws:iam::${id}:role/svc-${k % Math.max(1, mix.role)}`, TracingConfig: { Mode: 'Active' },
      ...(weak ? { Policy: doc([{ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:${g.r}:${id}:function:${fn}` }]) } : {}),
    });
  }
  for (let k = 0; k < mix.key; k++) {
    const g = at(k);
    const keyId = `${hex(index, 8)}-${pad(g.ri, 4)}-4000-8000-${hex(k, 12)}`;
    g.kms.push({ KeyMetadata: { KeyId: keyId, Description: `data key ${k}`, KeyManager: 'CUSTOMER' }, KeyRotationEnabled: !flaw(), Policy: doc([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${id}:root` }, Action: 'kms:*', Resource: '*' }]) });
  }
  for (let k = 0; k < mix.logGroup; k++) at(k).logs.push({ logGroupName: `/app/${name}/${k}`, ...(flaw() ? {} : { retentionInDays: 365 }) });
  for (const g of regions) {
    const { vpc: _v, subnet: _s, defaultApp: _d, ...ec2 } = g.ec2;
    regional[g.r] = {
      ec2,
      rds: { DBInstances: g.rds },
      lambda: { Functions: g.lambda },
      kms: { Keys: g.kms },
      logs: { logGroups: g.logs },
      // Every account runs GuardDuty and Config except the sprinkle that forgot to.
      guardduty: { Detectors: flaw() ? [] : [{ DetectorId: `gd${hex(index, 8)}${g.ri}`, Status: 'ENABLED' }] },
      config: {
        ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${id}:role/aws-config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: g.r === 'us-east-1', resourceTypes: [] } }],
        ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }],
        DeliveryChannels: [{ name: 'default', s3BucketName: 'scale-org-config' }],
      },
    };
  }
  return {
    id,
    name,
    email: `aws+${name}@scale.example`,
    ...(index === 0 ? {} : { parentId: OUS[index % OUS.length]!.id }),
    services: { iam: iam(id, index, mix, flaw), s3: { AccountPublicAccessBlock: flaw() ? null : { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }, Buckets: buckets(id, index, mix.bucket, flaw) } },
    regions: regional,
  };
}

function network(account: string, region: string, ri: number) {
  const p = `${account.slice(-5)}${ri}`;
  const vpc = `vpc-${p}`;
  return {
    vpc,
    subnet: `subnet-${p}a`,
    defaultApp: `sg-${p}-base`,
    Vpcs: [{ VpcId: vpc, CidrBlock: '10.0.0.0/16', IsDefault: false, State: 'available' }],
    Subnets: ['a', 'b'].map((z, i) => ({ SubnetId: `subnet-${p}${z}`, VpcId: vpc, CidrBlock: `10.0.${i + 1}.0/24`, AvailabilityZone: `${region}${z}`, MapPublicIpOnLaunch: false })),
    RouteTables: [{ RouteTableId: `rtb-${p}`, VpcId: vpc, Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }], Associations: [{ Main: true, RouteTableId: `rtb-${p}` }] }],
    SecurityGroups: [
      { GroupId: `sg-${p}-default`, GroupName: 'default', Description: 'default VPC security group', VpcId: vpc, IpPermissions: [], IpPermissionsEgress: [] },
      { GroupId: `sg-${p}-base`, GroupName: 'base', Description: 'HTTPS from the VPC', VpcId: vpc, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }], IpPermissionsEgress: [] },
    ] as object[],
    NetworkAcls: [{ NetworkAclId: `acl-${p}`, VpcId: vpc, IsDefault: true, Entries: [{ RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '10.0.0.0/16' }] }],
    FlowLogs: [{ FlowLogId: `fl-${p}`, ResourceId: vpc, TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::scale-org-flow-logs/' }],
    Instances: [] as object[],
    Volumes: [] as object[],
    Snapshots: [] as object[],
    EbsEncryptionByDefault: true,
  };
}

function iam(id: string, index: number, mix: Record<Kind, number>, flaw: () => boolean): Record<string, unknown> {
  const lambdaTrust = doc([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
  const roles: object[] = [];
  // Members are entered from the management account, as Organizations sets them up.
  if (index > 0) roles.push({ RoleName: 'OrganizationAccountAccessRole', AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SCALE_MANAGEMENT}:root` }, Action: 'sts:AssumeRole' }]), AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }] });
  for (let k = 0; k < mix.role; k++) {
    const risky = flaw();
    roles.push({ RoleName: `svc-${k}`, AssumeRolePolicyDocument: risky ? doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]) : lambdaTrust, RolePolicyList: [{ PolicyName: 'logs', PolicyDocument: doc([{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }]) }] });
  }
  const users: object[] = [];
  for (let k = 0; k < mix.user; k++) {
    const human = k % 2 === 0;
    const weak = flaw();
    users.push({
      UserName: human ? `person-${k}` : `ci-${k}`,
      CreateDate: '2024-01-01T10:00:00Z',
      ...(human ? { PasswordLastUsed: '2026-11-20T09:00:00Z', LoginProfile: { CreateDate: '2024-01-01T10:00:00Z', PasswordResetRequired: false }, MFADevices: weak ? [] : [{ SerialNumber: `arn:aws:iam::${id}:mfa/person-${k}`, EnableDate: '2024-01-01T10:05:00Z' }] } : {}),
      ...(!human ? { AccessKeys: [{ AccessKeyId: `AKIA${hex(index, 6).toUpperCase()}${pad(k, 10)}`, Status: 'Active', CreateDate: weak ? '2023-01-01T10:00:00Z' : '2026-10-01T10:00:00Z', LastUsed: { LastUsedDate: '2026-11-27T10:00:00Z', ServiceName: 's3', Region: 'us-east-1' } }] } : {}),
    });
  }
  const policies: object[] = [];
  for (let k = 0; k < mix.policy; k++) {
    const admin = flaw();
    policies.push({ PolicyName: `team-${k}`, DefaultVersionId: 'v1', PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: doc([admin ? { Effect: 'Allow', Action: '*', Resource: '*' } : { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }]) }] });
  }
  return {
    Roles: roles,
    Users: users,
    Policies: policies,
    PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, MaxPasswordAge: 90, PasswordReusePrevention: 24 },
    Root: { MFA: flaw() ? 'none' : 'hardware', AccessKeys: [] },
  };
}

function buckets(id: string, index: number, count: number, flaw: () => boolean): object[] {
  const out: object[] = [];
  for (let k = 0; k < count; k++) {
    const name = `scale-${id}-data-${pad(k, 4)}`;
    const region = SCALE_REGIONS[k % SCALE_REGIONS.length]!;
    const pub = flaw();
    out.push({
      Name: name,
      Region: region,
      CreationDate: '2024-05-10T09:00:00Z',
      PublicAccessBlock: pub ? null : { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      Versioning: { Status: index % 2 ? 'Enabled' : 'Suspended' },
      ...(pub ? { Policy: doc([{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${name}/*` }]) } : {}),
      Tags: [{ Key: 'owner', Value: `team-${k % 7}` }],
    });
  }
  return out;
}
