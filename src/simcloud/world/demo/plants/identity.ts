/**
 * Identity plants of the demo world (issue 4): resources added on top of the account files, each one a
 * misconfiguration the demo scan must report, listed in `expected`. Most live in acme-production, where a
 * data platform grew its own roles, users and policies outside the platform team's review; development
 * carries the federation and organization gaps; the security account gets the support role it should have.
 */
import type { WorldInput } from '../../schema.js';
import { DEVELOPMENT, MANAGEMENT, SECURITY } from '../accounts.js';
import { PRODUCTION } from '../production.js';
import { ADMIN_ARN, doc, trustService } from '../common.js';
import { append, findItem, type PlantFamily, type Planted } from './merge.js';

const R = 'eu-west-1';
const RECENT = '2026-11-27T09:00:00Z';
const SUPPORT_ARN = 'arn:aws:iam::aws:policy/AWSSupportAccess';
const CLOUDSHELL_ARN = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess';
const BROAD_POLICY = 'legacy-broad-access';

function productionRoles(world: WorldInput): void {
  append(world, PRODUCTION, 'global', 'iam', 'Roles',
    // The pipeline reads "whatever it needs": every key, every secret, all of S3. It never touched Secrets Manager.
    {
      RoleName: 'data-pipeline', AssumeRolePolicyDocument: trustService('lambda.amazonaws.com'), RoleLastUsed: { LastUsedDate: RECENT, Region: R },
      RolePolicyList: [{ PolicyName: 'pipeline-access', PolicyDocument: doc([
        { Effect: 'Allow', Action: ['kms:Decrypt', 'secretsmanager:GetSecretValue'], Resource: '*' },
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      ]) }],
      ServiceLastAccessed: [{ ServiceNamespace: 'secretsmanager' }],
    },
    // A vendor's break-glass role: anyone who knows the external id (printed in the vendor's docs) becomes admin.
    {
      RoleName: 'vendor-break-glass', RoleLastUsed: { LastUsedDate: RECENT, Region: R },
      AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'acme-vendor-2023' } } }]),
      AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }],
    },
    // Replaced by data-pipeline a year and a half ago, never removed.
    { RoleName: 'legacy-etl', AssumeRolePolicyDocument: trustService('lambda.amazonaws.com'), RoleLastUsed: { LastUsedDate: '2025-06-01T02:00:00Z', Region: R } },
    // Single sign-on from the corporate IdP, without the audience check the console wizard adds.
    {
      RoleName: 'okta-finance', RoleLastUsed: { LastUsedDate: RECENT, Region: R },
      AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${PRODUCTION}:saml-provider/okta` }, Action: 'sts:AssumeRoleWithSAML' }]),
    },
  );
  append(world, PRODUCTION, 'global', 'iam', 'SAMLProviders', { Arn: `arn:aws:iam::${PRODUCTION}:saml-provider/okta`, CreateDate: '2024-02-01T00:00:00Z' });
}

function productionUsers(world: WorldInput): void {
  append(world, PRODUCTION, 'global', 'iam', 'Policies', {
    PolicyName: BROAD_POLICY,
    Document: doc([
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: `arn:aws:s3:::acme-*` },
      { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::acme-audit-logs/*' },
      { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' },
    ]),
  });
  append(world, PRODUCTION, 'global', 'iam', 'Users',
    // A contractor who left in the summer: console login unused since, permissions attached to the user alone.
    {
      UserName: 'contractor.kim', CreateDate: '2025-09-01T10:00:00Z', PasswordLastUsed: '2026-07-01T16:00:00Z',
      LoginProfile: { CreateDate: '2025-09-01T10:00:00Z', PasswordResetRequired: false },
      MFADevices: [{ SerialNumber: `arn:aws:iam::${PRODUCTION}:mfa/contractor.kim`, EnableDate: '2025-09-01T10:05:00Z' }],
      AttachedManagedPolicies: [{ PolicyName: BROAD_POLICY, PolicyArn: `arn:aws:iam::${PRODUCTION}:policy/${BROAD_POLICY}` }, { PolicyName: 'AWSCloudShellFullAccess', PolicyArn: CLOUDSHELL_ARN }],
    },
    // A batch job moved to a role in August; its key still works.
    {
      UserName: 'batch-uploader', CreateDate: '2026-03-01T10:00:00Z',
      AccessKeys: [{ AccessKeyId: 'AKIADEMOPRODBATCH001', Status: 'Active', CreateDate: '2026-03-01T10:00:00Z', LastUsed: { LastUsedDate: '2026-08-01T03:00:00Z', ServiceName: 's3', Region: R } }],
    },
    // Onboarded with a key "just in case" that was never used.
    {
      UserName: 'new.analyst', CreateDate: '2026-10-01T10:00:00Z', PasswordLastUsed: RECENT, GroupList: ['analysts'],
      LoginProfile: { CreateDate: '2026-10-01T10:00:00Z', PasswordResetRequired: false },
      MFADevices: [{ SerialNumber: `arn:aws:iam::${PRODUCTION}:mfa/new.analyst`, EnableDate: '2026-10-01T10:05:00Z' }],
      AccessKeys: [{ AccessKeyId: 'AKIADEMOPRODANALYST1', Status: 'Active', CreateDate: '2026-10-01T10:00:00Z' }],
    },
    // A reporting bot with an inline grant on every secret and all of DynamoDB.
    {
      UserName: 'reporting-bot', CreateDate: '2026-01-10T10:00:00Z', GroupList: ['analysts'],
      AccessKeys: [{ AccessKeyId: 'AKIADEMOPRODREPORT01', Status: 'Active', CreateDate: '2026-09-10T10:00:00Z', LastUsed: { LastUsedDate: RECENT, ServiceName: 'dynamodb', Region: R } }],
      UserPolicyList: [{ PolicyName: 'reports', PolicyDocument: doc([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }, { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }]) }],
    },
  );
  append(world, PRODUCTION, 'global', 'iam', 'Groups', {
    GroupName: 'analysts',
    GroupPolicyList: [{ PolicyName: 'analytics', PolicyDocument: doc([{ Effect: 'Allow', Action: 'athena:*', Resource: '*' }, { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }]) }],
  });
  // A certificate uploaded for a load balancer before ACM, expired and forgotten.
  append(world, PRODUCTION, 'global', 'iam', 'ServerCertificates', { ServerCertificateName: 'payments-legacy-tls', UploadDate: '2024-09-30T12:00:00Z', Expiration: '2025-09-30T12:00:00Z' });
  // Access Analyzer has reported the public exports bucket for months; nobody triaged it.
  append(world, PRODUCTION, R, 'access-analyzer', 'findings', {
    id: 'f-demo-exports-public', analyzerName: 'account-analyzer', resource: 'arn:aws:s3:::acme-customer-exports', resourceType: 'AWS::S3::Bucket', isPublic: true, findingType: 'ExternalAccess', createdAt: '2026-06-01T00:00:00Z',
  });
}

function developmentIdentity(world: WorldInput): void {
  const gitlab = `arn:aws:iam::${DEVELOPMENT}:oidc-provider/gitlab.com`;
  append(world, DEVELOPMENT, 'global', 'iam', 'OpenIDConnectProviders', { Arn: gitlab });
  // Pinned to the project, but a token gitlab.com minted for any other audience is accepted too.
  append(world, DEVELOPMENT, 'global', 'iam', 'Roles', {
    RoleName: 'gitlab-deploy', RoleLastUsed: { LastUsedDate: RECENT, Region: R },
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Federated: gitlab }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'gitlab.com:sub': 'project_path:acme/platform:ref_type:branch:ref:main' } } }]),
  });
}

/** The development OU was moved out from under the root's guard rails: only FullAWSAccess applies to it. */
function organization(world: WorldInput): void {
  const org = world.organization;
  if (!org) throw new Error('demo plants: the demo world has no organization');
  const policies = (org.policies ??= []);
  for (const p of policies) if (p.id === 'p-demodenyleave') p.targets = ['ou-demo-produnit1', 'ou-demo-secunit01'];
  policies.push({ id: 'p-FullAWSAccess', name: 'FullAWSAccess', description: 'Allows access to every operation', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, targets: ['r-demo'] });
}

/**
 * Background: the account files' roles in daily use get the last-use date IAM would report for them, so the
 * usage rules judge them as the working roles they are (ci-anyone stays unused: nobody should be using it).
 */
function backgroundRoleUse(world: WorldInput): void {
  const used = (account: string, names: readonly string[]) => {
    for (const name of names) findItem(world, account, 'global', 'iam', 'Roles', (r) => r['RoleName'] === name)['RoleLastUsed'] = { LastUsedDate: RECENT, Region: R };
  };
  used(PRODUCTION, ['OrganizationAccountAccessRole', 'payments-bastion', 'payments-automation', 'partner-reporting', 'payments-api']);
  // Development and security share one OrganizationAccountAccessRole object in the account files.
  used(DEVELOPMENT, ['OrganizationAccountAccessRole', 'github-deploy']);
  used(SECURITY, ['OrganizationAccountAccessRole']);
}

/** Background: the security account has the support role CIS asks for, behind MFA. */
function securitySupportRole(world: WorldInput): void {
  append(world, SECURITY, 'global', 'iam', 'Roles', {
    RoleName: 'aws-support', RoleLastUsed: { LastUsedDate: RECENT, Region: R },
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SECURITY}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }]),
    AttachedManagedPolicies: [{ PolicyName: 'AWSSupportAccess', PolicyArn: SUPPORT_ARN }],
  });
}

const expected: Planted[] = [
  ['aws-iam-role-inline-sensitive-read-all', PRODUCTION, 'data-pipeline'],
  ['aws-iam-role-inline-service-wildcard', PRODUCTION, 'data-pipeline'],
  ['aws-iam-role-unused-services', PRODUCTION, 'data-pipeline'],
  ['aws-iam-role-trust-any-principal-weak-condition', PRODUCTION, 'vendor-break-glass'],
  ['aws-iam-role-admin-trusts-outside-account', PRODUCTION, 'vendor-break-glass'],
  ['aws-iam-role-unused-90-days', PRODUCTION, 'legacy-etl'],
  ['aws-iam-role-trust-saml-no-audience', PRODUCTION, 'okta-finance'],
  ['aws-iam-role-trust-account-root-no-mfa', PRODUCTION, 'partner-reporting'],
  ['aws-iam-policy-allow-not-action', PRODUCTION, BROAD_POLICY],
  ['aws-iam-policy-allow-not-resource', PRODUCTION, BROAD_POLICY],
  ['aws-iam-policy-assume-any-role', PRODUCTION, BROAD_POLICY],
  ['aws-iam-policy-aws-managed-admin-attached', PRODUCTION, 'AdministratorAccess'],
  ['aws-iam-policy-cloudshell-full-access', PRODUCTION, 'AWSCloudShellFullAccess'],
  ['aws-iam-user-password-unused-45-days', PRODUCTION, 'contractor.kim'],
  ['aws-iam-user-password-unused-90-days', PRODUCTION, 'contractor.kim'],
  ['aws-iam-user-no-group-direct-policies', PRODUCTION, 'contractor.kim'],
  ['aws-iam-user-access-key-unused-45-days', PRODUCTION, 'batch-uploader'],
  ['aws-iam-user-access-key-unused-90-days', PRODUCTION, 'batch-uploader'],
  ['aws-iam-user-access-key-unused-since-creation', PRODUCTION, 'new.analyst'],
  ['aws-iam-user-inline-sensitive-read-all', PRODUCTION, 'reporting-bot'],
  ['aws-iam-user-inline-service-wildcard', PRODUCTION, 'reporting-bot'],
  ['aws-iam-user-unused-services', PRODUCTION, 'contractor.kim'],
  ['aws-iam-group-inline-sensitive-read-all', PRODUCTION, 'analysts'],
  ['aws-iam-group-inline-service-wildcard', PRODUCTION, 'analysts'],
  ['aws-iam-server-certificate-expired', PRODUCTION, 'payments-legacy-tls'],
  ['aws-iam-support-role-missing', PRODUCTION, ''],
  ['aws-accessanalyzer-active-findings', PRODUCTION, R],
  ['aws-iam-role-trust-oidc-no-audience', DEVELOPMENT, 'gitlab-deploy'],
  ['aws-iam-root-recently-used', DEVELOPMENT, ''],
  ['aws-iam-password-policy-allow-change', DEVELOPMENT, ''],
  ['aws-accessanalyzer-enabled', DEVELOPMENT, ''],
  ['aws-organizations-account-scp-full-access-only', MANAGEMENT, DEVELOPMENT],
  ['aws-organizations-account-leave-not-denied', MANAGEMENT, DEVELOPMENT],
];

export const identityPlants: PlantFamily = {
  name: 'identity',
  plant(world) {
    productionRoles(world);
    productionUsers(world);
    developmentIdentity(world);
    organization(world);
    securitySupportRole(world);
    backgroundRoleUse(world);
  },
  expected,
};
