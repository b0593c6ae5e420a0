/**
 * Typed fixtures for IAM and EC2 compute rules: resources no IaC format declares (the root user, credential
 * report data, the account password policy, public snapshots and AMIs) and model-level test cases.
 * Each builder fills every property with a harmless explicit value; pass overrides for what the case needs.
 */
import type { PolicyDocument } from '../../model/aws/policy.js';
import type {
  AccessKey, AmiProperties, EbsDefaultEncryptionProperties, EbsSnapshotProperties, IamManagedPolicyProperties, IamPasswordPolicyProperties,
  IamRoleProperties, IamRootAccountProperties, IamUserProperties,
} from '../../model/aws/index.js';
import { NO_PROVENANCE, type Value } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import { modelFixture, v } from './aws-logging-fixtures.js';

const ACCOUNT = '111122223333';
const opts = { account: ACCOUNT };

/** An IAM user with no credentials, groups or policies. */
export function iamUser(name: string, p: Partial<IamUserProperties> = {}): ModelResource<'aws.iam.user'> {
  return modelFixture('aws.iam.user', name, {
    path: v('/'), inlinePolicies: v([]), attachedPolicies: v([]), userName: v(name), groups: v([]), hasConsolePassword: v(false),
    passwordLastUsed: v(null), mfaDevices: v(0), accessKeys: v([]), permissionsBoundary: v(null), ...p,
  }, opts);
}

/** One access key of a user. */
export function accessKey(id: string, status: 'Active' | 'Inactive', createdAt: string | null, lastUsedAt: string | null = null): AccessKey {
  return { id: v(id), status: v(status), createdAt: v(createdAt), lastUsedAt: v(lastUsedAt), source: NO_PROVENANCE };
}

/** An IAM role with the given trust policy and nothing attached. */
export function iamRole(name: string, trust: PolicyDocument, p: Partial<IamRoleProperties> = {}): ModelResource<'aws.iam.role'> {
  return modelFixture('aws.iam.role', name, {
    path: v('/'), inlinePolicies: v([]), attachedPolicies: v([]), roleName: v(name), trustPolicy: v(trust), permissionsBoundary: v(null),
    maxSessionDurationSeconds: v(3600), lastUsed: v(null), ...p,
  }, opts);
}

/** A customer managed policy with the given document. */
export function iamPolicy(name: string, document: Value<PolicyDocument>, p: Partial<IamManagedPolicyProperties> = {}): ModelResource<'aws.iam.policy'> {
  return modelFixture('aws.iam.policy', name, {
    policyName: v(name), arn: v(`arn:aws:iam::${ACCOUNT}:policy/${name}`), awsManaged: v(false), document, attachmentCount: v(1), ...p,
  }, opts);
}

/** The root user; defaults are the secure state (MFA on hardware, no keys). */
export function rootAccount(p: Partial<IamRootAccountProperties> = {}): ModelResource<'aws.iam.root-account'> {
  return modelFixture('aws.iam.root-account', 'root', {
    mfaEnabled: v(true), hardwareMfa: v(true), accessKeysPresent: v(false), passwordLastUsed: v(null), ...p,
  }, opts);
}

/** An account password policy that meets CIS; override one setting to make a bad case. */
export function passwordPolicy(p: Partial<IamPasswordPolicyProperties> = {}): ModelResource<'aws.iam.password-policy'> {
  return modelFixture('aws.iam.password-policy', 'account-password-policy', {
    minimumLength: v(14), requireSymbols: v(true), requireNumbers: v(true), requireUppercase: v(true), requireLowercase: v(true),
    maxPasswordAge: v(90), passwordReusePrevention: v(24), allowUsersToChangePassword: v(true), ...p,
  }, opts);
}

/** An EBS snapshot, encrypted and private unless overridden. */
export function ebsSnapshot(name: string, p: Partial<EbsSnapshotProperties> = {}): ModelResource<'aws.ec2.snapshot'> {
  return modelFixture('aws.ec2.snapshot', name, { encrypted: v(true), createVolumePermissions: v([]), ...p }, opts);
}

/** An AMI owned by the account, private unless overridden. */
export function ami(name: string, p: Partial<AmiProperties> = {}): ModelResource<'aws.ec2.image'> {
  return modelFixture('aws.ec2.image', name, {
    public: v(false), creationDate: v('2026-01-10T00:00:00Z'), deprecationTime: v(null), launchPermissions: v([]), ...p,
  }, opts);
}

/** The per-region EBS encryption-by-default setting. */
export function ebsDefaultEncryption(p: Partial<EbsDefaultEncryptionProperties> = {}): ModelResource<'aws.ec2.ebs-default-encryption'> {
  return modelFixture('aws.ec2.ebs-default-encryption', 'ebs-default-encryption', { enabled: v(true), kmsKeyId: v(null), ...p }, opts);
}
