/**
 * The IAM section of an account (`account.services.iam`), in the shapes IAM's API returns (see
 * docs/simcloud/iam.md). Users, groups and roles use the `*Detail` shapes of GetAccountAuthorizationDetails
 * (inline policies and attachments embedded) plus the per-user credentials IAM keeps (access keys with their
 * last use, MFA devices, login profile); customer-managed policies use `ManagedPolicyDetail` with every version.
 * Policy documents are JSON strings here; handlers URL-encode them on the way out, as IAM does.
 */
export interface InlinePolicyState { PolicyName: string; PolicyDocument: string }
export interface AttachedPolicyState { PolicyName: string; PolicyArn: string }
export interface BoundaryState { PermissionsBoundaryType: 'Policy'; PermissionsBoundaryArn: string }
export interface TagState { Key: string; Value: string }

export interface AccessKeyState {
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: string;
  /** GetAccessKeyLastUsed's answer; absent = never used. */
  LastUsed?: { LastUsedDate: string; ServiceName: string; Region: string };
}

/** A service a world says a principal used (service last-accessed data); absent services are derived. */
export interface ServiceLastAccessedState { ServiceNamespace: string; LastAuthenticated?: string }

/** ListServerCertificates' ServerCertificateMetadata. */
export interface ServerCertificateState { ServerCertificateName: string; ServerCertificateId: string; Arn: string; Path: string; UploadDate: string; Expiration: string }

export interface UserState {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  /** Last console sign-in (ListUsers' PasswordLastUsed); absent = never. */
  PasswordLastUsed?: string;
  PermissionsBoundary?: BoundaryState;
  Tags: TagState[];
  UserPolicyList: InlinePolicyState[];
  AttachedManagedPolicies: AttachedPolicyState[];
  /** Group names. */
  GroupList: string[];
  AccessKeys: AccessKeyState[];
  /** Virtual devices have ARN serials (`arn:aws:iam::ACCOUNT:mfa/NAME`), hardware ones a token serial. */
  MFADevices: { SerialNumber: string; EnableDate: string }[];
  /** GetLoginProfile's answer; null = no console password. */
  LoginProfile: { CreateDate: string; PasswordResetRequired: boolean } | null;
  /** Declared last use per service; services granted but not listed are derived (see iam/usage.ts). */
  ServiceLastAccessed?: ServiceLastAccessedState[];
}

export interface GroupState {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  GroupPolicyList: InlinePolicyState[];
  AttachedManagedPolicies: AttachedPolicyState[];
}

export interface InstanceProfileRef { InstanceProfileName: string; InstanceProfileId: string; Arn: string; Path: string; CreateDate: string }

export interface RoleState {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  Description?: string;
  /** JSON string (URL-encoded on output). */
  AssumeRolePolicyDocument: string;
  MaxSessionDuration: number;
  PermissionsBoundary?: BoundaryState;
  Tags: TagState[];
  RoleLastUsed: { LastUsedDate?: string; Region?: string };
  RolePolicyList: InlinePolicyState[];
  AttachedManagedPolicies: AttachedPolicyState[];
  InstanceProfileList: InstanceProfileRef[];
  /** As on users. */
  ServiceLastAccessed?: ServiceLastAccessedState[];
}

export interface PolicyVersionState { VersionId: string; Document: string; IsDefaultVersion: boolean; CreateDate: string }

export interface ManagedPolicyState {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  Description?: string;
  IsAttachable: boolean;
  CreateDate: string;
  UpdateDate: string;
  PolicyVersionList: PolicyVersionState[];
}

/** The root user: what GetAccountSummary, ListVirtualMFADevices and the credential report reveal of it. */
export interface RootState {
  /** `hardware` shows as AccountMFAEnabled without a root virtual device, as on AWS. */
  MFA: 'none' | 'virtual' | 'hardware';
  AccessKeys: { Status: 'Active' | 'Inactive'; CreateDate: string; LastUsed?: { LastUsedDate: string; ServiceName: string; Region: string } }[];
  PasswordLastUsed?: string;
  CreateDate: string;
}

export interface PasswordPolicyState {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  ExpirePasswords: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry: boolean;
}

export interface IamSection {
  Users: UserState[];
  Groups: GroupState[];
  Roles: RoleState[];
  /** Customer-managed policies. */
  Policies: ManagedPolicyState[];
  /** AWS-managed policies this world knows (the built-in ones unless the world overrides them). */
  AwsManagedPolicies: ManagedPolicyState[];
  /** null = the account has no password policy (GetAccountPasswordPolicy answers NoSuchEntity). */
  PasswordPolicy: PasswordPolicyState | null;
  Root: RootState;
  /** Instance profiles with no role (those of roles are listed in the roles' InstanceProfileList). */
  InstanceProfiles: InstanceProfileRef[];
  SAMLProviders: { Arn: string; ValidUntil?: string; CreateDate: string }[];
  OpenIDConnectProviders: { Arn: string }[];
  ServerCertificates: ServerCertificateState[];
  /** Service last-accessed jobs started by GenerateServiceLastAccessedDetails: job id → principal ARN. */
  LastAccessedJobs?: Record<string, string>;
  /** Set by GenerateCredentialReport (ISO time); the report is computed from the section when read. */
  CredentialReportGeneratedTime?: string;
}
