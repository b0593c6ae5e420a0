/**
 * The management, development and security (log archive) accounts of the demo organization. The security
 * account is the well-run baseline; development carries the monitoring gaps and weak identity settings.
 */
import type { AccountInput } from '../schema.js';
import { ADMIN_ARN, READONLY_ARN, doc, goodBucket, goodNetwork, goodRegionalServices, trustAccount } from './common.js';

export const MANAGEMENT = '111111111111';
export const DEVELOPMENT = '333333333333';
export const SECURITY = '444444444444';

const both = (f: (region: string) => Record<string, unknown>) => ({ 'eu-west-1': f('eu-west-1'), 'us-east-1': f('us-east-1') });
const orgRole = { RoleName: 'OrganizationAccountAccessRole', AssumeRolePolicyDocument: trustAccount(MANAGEMENT), AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }] };
const strongPasswords = { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, MaxPasswordAge: 90, PasswordReusePrevention: 24 };

export function management(): AccountInput {
  const key = '1b3a4f5e-0000-4000-8000-000000000101';
  return {
    id: MANAGEMENT,
    name: 'acme-management',
    email: 'aws-root@acme.example',
    enabledRegions: ['eu-west-1', 'us-east-1'],
    services: {
      iam: {
        Users: [
          { UserName: 'cloudwarden-scanner', CreateDate: '2025-01-10T10:00:00Z', AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: READONLY_ARN }], AccessKeys: [{ AccessKeyId: 'AKIADEMOMANAGEMENT01', Status: 'Active', CreateDate: '2026-10-01T10:00:00Z', LastUsed: { LastUsedDate: '2026-11-27T10:00:00Z', ServiceName: 'sts', Region: 'us-east-1' } }] },
          { UserName: 'alice.admin', CreateDate: '2022-04-01T10:00:00Z', PasswordLastUsed: '2026-11-26T08:00:00Z', LoginProfile: { CreateDate: '2022-04-01T10:00:00Z', PasswordResetRequired: false }, MFADevices: [{ SerialNumber: `arn:aws:iam::${MANAGEMENT}:mfa/alice`, EnableDate: '2022-04-01T10:10:00Z' }], AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }] },
        ],
        PasswordPolicy: strongPasswords,
        Root: { MFA: 'hardware', AccessKeys: [] },
      },
      s3: { AccountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }, Buckets: [goodBucket('acme-org-billing', 'us-east-1', `arn:aws:kms:us-east-1:${MANAGEMENT}:key/${key}`)] },
    },
    regions: both((r) => ({
      ...goodRegionalServices(MANAGEMENT, r, key),
      ec2: goodNetwork(`mgmt-${r.slice(0, 2)}`, '10.10.0.0/16', MANAGEMENT, r),
      cloudtrail:
        r === 'us-east-1'
          ? { Trails: [{ Name: 'org-trail', S3BucketName: 'acme-security-cloudtrail', IsMultiRegionTrail: true, IsOrganizationTrail: true, LogFileValidationEnabled: true, KmsKeyId: `arn:aws:kms:us-east-1:${MANAGEMENT}:key/${key}`, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${MANAGEMENT}:log-group:org-trail:*`, IsLogging: true }] }
          : { Trails: [] },
    })),
  };
}

export function development(): AccountInput {
  const key = '1b3a4f5e-0000-4000-8000-000000000301';
  return {
    id: DEVELOPMENT,
    name: 'acme-development',
    email: 'aws-dev@acme.example',
    parentId: 'ou-demo-devunit01',
    enabledRegions: ['eu-west-1', 'us-east-1'],
    services: {
      iam: {
        Roles: [
          orgRole,
          { RoleName: 'ci-anyone', AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]) },
          { RoleName: 'github-deploy', AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${DEVELOPMENT}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } }]) },
        ],
        Users: [
          { UserName: 'legacy-jenkins', CreateDate: '2021-03-01T10:00:00Z', AccessKeys: [{ AccessKeyId: 'AKIADEMODEVJENKINS01', Status: 'Active', CreateDate: '2021-03-01T10:00:00Z', LastUsed: { LastUsedDate: '2023-08-01T10:00:00Z', ServiceName: 'ec2', Region: 'eu-west-1' } }, { AccessKeyId: 'AKIADEMODEVJENKINS02', Status: 'Active', CreateDate: '2022-03-01T10:00:00Z' }], UserPolicyList: [{ PolicyName: 'everything', PolicyDocument: doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]) }] },
          { UserName: 'intern', CreateDate: '2025-07-01T10:00:00Z', PasswordLastUsed: '2025-08-15T10:00:00Z', LoginProfile: { CreateDate: '2025-07-01T10:00:00Z', PasswordResetRequired: false }, MFADevices: [] },
        ],
        OpenIDConnectProviders: [{ Arn: `arn:aws:iam::${DEVELOPMENT}:oidc-provider/token.actions.githubusercontent.com` }],
        PasswordPolicy: null,
        Root: { MFA: 'none', AccessKeys: [{ Status: 'Active', CreateDate: '2020-01-01T00:00:00Z', LastUsed: { LastUsedDate: '2026-09-01T00:00:00Z', ServiceName: 'ec2', Region: 'eu-west-1' } }], PasswordLastUsed: '2026-11-01T00:00:00Z' },
      },
      s3: { AccountPublicAccessBlock: null, Buckets: [{ Name: 'acme-dev-scratch', Region: 'eu-west-1', Acl: { Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'WRITE' }] } }] },
    },
    regions: both((r) => ({
      ...goodRegionalServices(DEVELOPMENT, r, key),
      guardduty: { Detectors: [{ DetectorId: `gddev${r.replace(/-/g, '')}`, Status: 'DISABLED' }] },
      config: { ConfigurationRecorders: [{ name: 'default', roleARN: `arn:aws:iam::${DEVELOPMENT}:role/aws-config` }], ConfigurationRecordersStatus: [{ name: 'default', recording: false, lastStatus: 'PENDING' }] },
      securityhub: { StandardsSubscriptions: [] },
      'access-analyzer': { analyzers: [] },
      kms: { Keys: [{ KeyMetadata: { KeyId: key, Description: 'dev data key' }, KeyRotationEnabled: false }], Aliases: [] },
      cloudtrail: r === 'eu-west-1' ? { Trails: [{ Name: 'dev-trail', S3BucketName: 'acme-dev-trail', IsMultiRegionTrail: false, LogFileValidationEnabled: false, IsLogging: false }] } : { Trails: [] },
      ec2: { ...goodNetwork(`dev-${r.slice(0, 2)}`, '10.30.0.0/16', DEVELOPMENT, r), FlowLogs: [], EbsEncryptionByDefault: false },
      logs: { logGroups: [{ logGroupName: '/dev/app', retentionInDays: 7 }] },
    })),
  };
}

export function security(): AccountInput {
  const key = '1b3a4f5e-0000-4000-8000-000000000401';
  const kms = (r: string) => `arn:aws:kms:${r}:${SECURITY}:key/${key}`;
  return {
    id: SECURITY,
    name: 'acme-security',
    email: 'aws-security@acme.example',
    parentId: 'ou-demo-secunit01',
    enabledRegions: ['eu-west-1', 'us-east-1'],
    services: {
      iam: { Roles: [orgRole], PasswordPolicy: strongPasswords, Root: { MFA: 'hardware', AccessKeys: [] } },
      s3: {
        AccountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
        Buckets: [
          goodBucket('acme-security-cloudtrail', 'us-east-1', kms('us-east-1'), { ObjectLock: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } } }, Versioning: { Status: 'Enabled', MFADelete: 'Enabled' } }),
          goodBucket('acme-security-access-logs', 'eu-west-1', kms('eu-west-1'), { Logging: null }),
          goodBucket('acme-security-flow-logs', 'eu-west-1', kms('eu-west-1')),
          goodBucket('acme-security-config', 'eu-west-1', kms('eu-west-1')),
        ],
      },
    },
    regions: both((r) => ({ ...goodRegionalServices(SECURITY, r, key), ec2: goodNetwork(`sec-${r.slice(0, 2)}`, '10.40.0.0/16', SECURITY, r) })),
  };
}
