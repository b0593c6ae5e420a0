import type { Resource, Value, Provenance } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

/** An inline policy embedded in a user, group or role. */
export interface InlinePolicy {
  readonly name: Value<string>;
  readonly document: Value<PolicyDocument>;
  readonly source: Provenance;
}

/** Common to users, groups and roles. */
export interface IamPrincipalProperties {
  readonly path: Value<string>;
  readonly inlinePolicies: Value<readonly InlinePolicy[]>;
  /** ARNs (live) or uids (IaC) of attached managed policies, AWS-managed ones included. */
  readonly attachedPolicies: Value<readonly string[]>;
}

export interface IamRoleProperties extends IamPrincipalProperties {
  readonly roleName: Value<string>;
  readonly trustPolicy: Value<PolicyDocument>;
  readonly permissionsBoundary: Value<string | null>;
  readonly maxSessionDurationSeconds: Value<number>;
  readonly lastUsed: Value<string | null>;
  /**
   * Service last-accessed data (GenerateServiceLastAccessedDetails): every service the role's policies grant,
   * with when the role last authenticated to it. Optional: live scans only (IaC has no usage history).
   */
  readonly servicesLastAccessed?: Value<readonly ServiceLastAccess[]>;
  /**
   * The instance profiles that carry the role to EC2 instances: profile ARNs (live), profile uids (IaC).
   * Optional: absent where the source does not say (the per-entity fallback of a live scan, Config, CloudFormation).
   */
  readonly instanceProfiles?: Value<readonly string[]>;
}
export type IamRole = Resource<'aws.iam.role', IamRoleProperties>;

/** One service a principal's policies grant, and its last use by that principal. */
export interface ServiceLastAccess {
  /** Service namespace as in actions: `s3`, `dynamodb`. */
  readonly namespace: string;
  /** ISO time of the last authenticated request; null = not within IAM's tracking period (about 400 days). */
  readonly lastAuthenticated: string | null;
}

export interface AccessKey {
  readonly id: Value<string>;
  readonly status: Value<'Active' | 'Inactive'>;
  readonly createdAt: Value<string | null>;
  readonly lastUsedAt: Value<string | null>;
  readonly source: Provenance;
}

export interface IamUserProperties extends IamPrincipalProperties {
  readonly userName: Value<string>;
  /** uids of the groups the user belongs to. */
  readonly groups: Value<readonly string[]>;
  readonly hasConsolePassword: Value<boolean>;
  readonly passwordLastUsed: Value<string | null>;
  /**
   * When the current console password was set (null: no password, or IaC not deployed yet), so a password
   * never used can still be aged. Optional: sources without the fact (AWS Config) leave it out.
   */
  readonly passwordCreatedAt?: Value<string | null>;
  /** When the user was created (null for IaC: not deployed yet). Optional like `passwordCreatedAt`. */
  readonly createdAt?: Value<string | null>;
  readonly mfaDevices: Value<number>;
  readonly accessKeys: Value<readonly AccessKey[]>;
  readonly permissionsBoundary: Value<string | null>;
  /** Service last-accessed data, as on roles. Optional: live scans only. */
  readonly servicesLastAccessed?: Value<readonly ServiceLastAccess[]>;
}
export type IamUser = Resource<'aws.iam.user', IamUserProperties>;

export interface IamGroupProperties extends IamPrincipalProperties {
  readonly groupName: Value<string>;
}
export type IamGroup = Resource<'aws.iam.group', IamGroupProperties>;

/** A customer-managed (or, live, AWS-managed) policy with its default version's document. */
export interface IamManagedPolicyProperties {
  readonly policyName: Value<string>;
  readonly arn: Value<string>;
  readonly awsManaged: Value<boolean>;
  readonly document: Value<PolicyDocument>;
  readonly attachmentCount: Value<number>;
}
export type IamManagedPolicy = Resource<'aws.iam.policy', IamManagedPolicyProperties>;

/** The account password policy (one per account). Absent settings are `default` with AWS's default. */
export interface IamPasswordPolicyProperties {
  readonly minimumLength: Value<number>;
  readonly requireSymbols: Value<boolean>;
  readonly requireNumbers: Value<boolean>;
  readonly requireUppercase: Value<boolean>;
  readonly requireLowercase: Value<boolean>;
  /** Days; 0 = never expires. */
  readonly maxPasswordAge: Value<number>;
  /** 0 = no reuse prevention. */
  readonly passwordReusePrevention: Value<number>;
  readonly allowUsersToChangePassword: Value<boolean>;
}
export type IamPasswordPolicy = Resource<'aws.iam.password-policy', IamPasswordPolicyProperties>;

/** A TLS certificate uploaded to IAM (for load balancers and CloudFront before ACM, or where ACM is not offered). */
export interface IamServerCertificateProperties {
  readonly certificateName: Value<string>;
  /** ISO time the certificate stops being valid (null when the source cannot tell, e.g. a PEM that does not parse). */
  readonly expiration: Value<string | null>;
  /** ISO time it was uploaded (null for IaC: not uploaded yet). */
  readonly uploadDate: Value<string | null>;
}
export type IamServerCertificate = Resource<'aws.iam.server-certificate', IamServerCertificateProperties>;

/** The root user (from the account summary and credential report; not in IaC). */
export interface IamRootAccountProperties {
  readonly mfaEnabled: Value<boolean>;
  readonly hardwareMfa: Value<boolean>;
  readonly accessKeysPresent: Value<boolean>;
  readonly passwordLastUsed: Value<string | null>;
}
export type IamRootAccount = Resource<'aws.iam.root-account', IamRootAccountProperties>;
