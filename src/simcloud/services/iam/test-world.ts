/**
 * The IAM test world shared by simcloud's IAM test, the IAM collector tests and the rules integration test: three accounts with
 * planted good and bad users, groups, roles, policies, password policies and root users, and enough filler
 * users and policies to need more than one page of every listing.
 */
import type { WorldInput } from '../../world/schema.js';

export const A = '111122223333';
/** No password policy, root without MFA and with an access key. */
export const B = '444455556666';
/** Root with a virtual MFA device; one user (the AccessDenied tests run here). */
export const C = '777788889999';
export const OTHER = '999900001111';
export const DENIED_KEY = 'AKIAIAMDENIED000001';
export const BULK_DENIED_KEY = 'AKIAIAMNOBULK000001';
export const FILLERS = 105;

const DAY = 86_400_000;
/** An ISO time `days` before `now`. */
export const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY).toISOString();

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const admin = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function accountA(now: Date, count: number): Record<string, unknown> {
  const fillers = Array.from({ length: count }, (_, i) => ({ UserName: `svc-${String(i).padStart(3, '0')}`, Path: '/svc/', GroupList: ['readers'] }));
  const fillerPolicies = Array.from({ length: count }, (_, i) => ({ PolicyName: `bucket-${i}`, Document: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b${i}/*` }) }));
  return {
    Users: [
      {
        UserName: 'alice', CreateDate: ago(now, 400), PasswordLastUsed: ago(now, 1), GroupList: ['admins'],
        AttachedManagedPolicies: [{ PolicyArn: ADMIN_ARN }],
        LoginProfile: { CreateDate: ago(now, 400) },
        MFADevices: [{ SerialNumber: `arn:aws:iam::${A}:mfa/alice`, EnableDate: ago(now, 399) }],
        AccessKeys: [{ AccessKeyId: 'AKIAALICE00000000001', CreateDate: ago(now, 200), LastUsed: { LastUsedDate: ago(now, 2), ServiceName: 's3', Region: 'eu-west-1' } }],
        Tags: [{ Key: 'team', Value: 'platform' }],
      },
      {
        UserName: 'bob', CreateDate: ago(now, 300), PasswordLastUsed: ago(now, 100), LoginProfile: { CreateDate: ago(now, 300) },
        PermissionsBoundary: { PermissionsBoundaryArn: `arn:aws:iam::${A}:policy/boundary` },
      },
      {
        UserName: 'carol', CreateDate: ago(now, 50),
        AccessKeys: [{ AccessKeyId: 'AKIACAROL00000000001', CreateDate: ago(now, 10), LastUsed: { LastUsedDate: ago(now, 1), ServiceName: 'ec2', Region: 'us-east-1' } }],
        MFADevices: [{ SerialNumber: 'GAHT12345678', EnableDate: ago(now, 40) }],
      },
      {
        UserName: 'dave', CreateDate: ago(now, 500),
        AccessKeys: [
          { AccessKeyId: 'AKIADAVE000000000001', CreateDate: ago(now, 60) },
          { AccessKeyId: 'AKIADAVE000000000002', CreateDate: ago(now, 30), LastUsed: { LastUsedDate: ago(now, 3), ServiceName: 'sts', Region: 'us-east-1' } },
          { AccessKeyId: 'AKIADAVE000000000003', Status: 'Inactive', CreateDate: ago(now, 700) },
        ],
      },
      { UserName: 'erin', CreateDate: ago(now, 20), UserPolicyList: [{ PolicyName: 'god-mode', PolicyDocument: admin }] },
      ...fillers,
    ],
    Groups: [
      { GroupName: 'admins', GroupPolicyList: [{ PolicyName: 'everything', PolicyDocument: admin }] },
      { GroupName: 'readers', AttachedManagedPolicies: [{ PolicyArn: READ_ARN }] },
    ],
    Roles: [
      {
        RoleName: 'open-role', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }),
        AttachedManagedPolicies: [{ PolicyArn: ADMIN_ARN }], RoleLastUsed: { LastUsedDate: ago(now, 5), Region: 'eu-west-1' }, MaxSessionDuration: 7200,
      },
      { RoleName: 'partner', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' }) },
      {
        RoleName: 'partner-guarded',
        AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } } }),
        PermissionsBoundary: { PermissionsBoundaryArn: `arn:aws:iam::${A}:policy/boundary` },
      },
      {
        RoleName: 'gha', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity' }),
        RolePolicyList: [{ PolicyName: 'deploy', PolicyDocument: admin }],
      },
      {
        RoleName: 'web', Path: '/app/', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
        InstanceProfileList: [{ InstanceProfileName: 'web' }], AttachedManagedPolicies: [{ PolicyArn: `arn:aws:iam::${A}:policy/app` }],
        RoleLastUsed: { LastUsedDate: ago(now, 2), Region: 'us-east-1' }, ServiceLastAccessed: [{ ServiceNamespace: 'kms' }],
      },
    ],
    Policies: [
      {
        PolicyName: 'app', DefaultVersionId: 'v2',
        PolicyVersionList: [
          { VersionId: 'v1', Document: admin, CreateDate: ago(now, 90) },
          { VersionId: 'v2', Document: doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::app/*' }), CreateDate: ago(now, 30) },
        ],
      },
      { PolicyName: 'wild', Document: doc({ Effect: 'Allow', Action: ['iam:*', 'iam:PassRole', 'ec2:RunInstances'], Resource: '*' }) },
      { PolicyName: 'boundary', Document: doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::app/*' }) },
      ...fillerPolicies,
    ],
    PasswordPolicy: {
      MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true, MaxPasswordAge: 90, PasswordReusePrevention: 24,
    },
    Root: { MFA: 'hardware', PasswordLastUsed: ago(now, 200), CreateDate: ago(now, 2000) },
    OpenIDConnectProviders: [{ Arn: `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com` }],
    SAMLProviders: [{ Arn: `arn:aws:iam::${A}:saml-provider/okta`, CreateDate: ago(now, 100) }],
    ServerCertificates: [{ ServerCertificateName: 'legacy-tls', UploadDate: ago(now, 800), Expiration: ago(now, 35) }],
  };
}

/** The world; `now` anchors every date so ages are exact; `fillers` users and policies pad account A. */
export function iamWorld(now: Date, fillers = FILLERS): WorldInput {
  return {
    regions: ['us-east-1', 'eu-west-1'],
    accounts: [
      { id: A, name: 'prod', services: { iam: accountA(now, fillers) } },
      {
        id: B, name: 'dev',
        services: { iam: { Users: [{ UserName: 'old', LoginProfile: {}, CreateDate: ago(now, 900) }], Root: { AccessKeys: [{ CreateDate: ago(now, 800), LastUsed: { LastUsedDate: ago(now, 3), ServiceName: 's3', Region: 'us-east-1' } }] } } },
      },
      {
        id: C, name: 'sandbox',
        services: { iam: { Root: { MFA: 'virtual' }, Users: [{ UserName: 'ci', AccessKeys: [{ AccessKeyId: 'AKIACI00000000000001', CreateDate: ago(now, 200), LastUsed: { LastUsedDate: ago(now, 2), ServiceName: 's3', Region: 'eu-west-1' } }] }] } },
      },
    ],
    credentials: [
      { accessKeyId: DENIED_KEY, secretAccessKey: 'denied-secret', accountId: C, principal: 'user/auditor', denied: ['iam:GetAccountPasswordPolicy', 'iam:GetAccessKeyLastUsed'] },
      { accessKeyId: BULK_DENIED_KEY, secretAccessKey: 'nobulk-secret', accountId: A, principal: 'user/auditor', denied: ['iam:GetAccountAuthorizationDetails', 'iam:GenerateCredentialReport'] },
    ],
  };
}
