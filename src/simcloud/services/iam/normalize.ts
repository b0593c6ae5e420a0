/**
 * Fills what a world file may leave out of the IAM section: ARNs, unique ids, paths, dates, empty lists,
 * policy documents as JSON strings, and the default-version flags of customer policy versions.
 */
import { builtinAwsManagedPolicies } from './managed-policies.js';
import { normalizeLastAccessed, normalizeServerCertificate } from './usage-normalize.js';
import type { IamSection, InstanceProfileRef, ManagedPolicyState, RoleState, UserState, GroupState, InlinePolicyState, RootState } from './types.js';
import { iamId } from './ids.js';

export { iamId };

type Raw = Record<string, unknown>;


const EPOCH = '2020-01-01T00:00:00Z';

const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : d);
const optStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : undefined);
const doc = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v ?? { Version: '2012-10-17', Statement: [] }));
const path = (v: unknown): string => str(v, '/');

function inline(v: unknown): InlinePolicyState[] {
  return list(v).map((p) => ({ PolicyName: str(p['PolicyName'], 'policy'), PolicyDocument: doc(p['PolicyDocument']) }));
}

function attached(v: unknown): { PolicyName: string; PolicyArn: string }[] {
  return list(v).map((a) => {
    const arn = str(a['PolicyArn'], '');
    return { PolicyArn: arn, PolicyName: str(a['PolicyName'], arn.slice(arn.lastIndexOf('/') + 1)) };
  });
}

function boundary(v: unknown): { PermissionsBoundaryType: 'Policy'; PermissionsBoundaryArn: string } | undefined {
  if (typeof v === 'string') return { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: v };
  const arn = v && typeof v === 'object' ? optStr((v as Raw)['PermissionsBoundaryArn']) : undefined;
  return arn ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } : undefined;
}

function arnOf(account: string, kind: string, p: string, name: string): string {
  return `arn:aws:iam::${account}:${kind}${p}${name}`;
}

function user(u: Raw, account: string): UserState {
  const name = str(u['UserName'], 'user');
  const p = path(u['Path']);
  const arn = str(u['Arn'], arnOf(account, 'user', p, name));
  const lp = u['LoginProfile'];
  const boundaryState = boundary(u['PermissionsBoundary']);
  const pwUsed = optStr(u['PasswordLastUsed']);
  return {
    UserName: name,
    UserId: str(u['UserId'], iamId('AIDA', arn)),
    Arn: arn,
    Path: p,
    CreateDate: str(u['CreateDate'], EPOCH),
    ...(pwUsed ? { PasswordLastUsed: pwUsed } : {}),
    ...(boundaryState ? { PermissionsBoundary: boundaryState } : {}),
    Tags: list(u['Tags']).map((t) => ({ Key: str(t['Key'], ''), Value: str(t['Value'], '') })),
    UserPolicyList: inline(u['UserPolicyList']),
    AttachedManagedPolicies: attached(u['AttachedManagedPolicies']),
    GroupList: Array.isArray(u['GroupList']) ? (u['GroupList'] as unknown[]).map((g) => String(g)) : [],
    AccessKeys: list(u['AccessKeys']).map((k, i) => {
      const lu = k['LastUsed'] as Raw | undefined;
      const created = str(k['CreateDate'], str(u['CreateDate'], EPOCH));
      return {
        AccessKeyId: str(k['AccessKeyId'], iamId('AKIA', `${arn}#${i}`).slice(0, 20)),
        Status: k['Status'] === 'Inactive' ? 'Inactive' : 'Active',
        CreateDate: created,
        ...(lu && optStr(lu['LastUsedDate']) ? { LastUsed: { LastUsedDate: str(lu['LastUsedDate'], EPOCH), ServiceName: str(lu['ServiceName'], 'sts'), Region: str(lu['Region'], 'us-east-1') } } : {}),
      };
    }),
    MFADevices: list(u['MFADevices']).map((d) => ({ SerialNumber: str(d['SerialNumber'], `arn:aws:iam::${account}:mfa/${name}`), EnableDate: str(d['EnableDate'], EPOCH) })),
    LoginProfile: lp && typeof lp === 'object' ? { CreateDate: str((lp as Raw)['CreateDate'], str(u['CreateDate'], EPOCH)), PasswordResetRequired: (lp as Raw)['PasswordResetRequired'] === true } : null,
    ...normalizeLastAccessed(u['ServiceLastAccessed']),
  };
}

function group(g: Raw, account: string): GroupState {
  const name = str(g['GroupName'], 'group');
  const p = path(g['Path']);
  const arn = str(g['Arn'], arnOf(account, 'group', p, name));
  return {
    GroupName: name,
    GroupId: str(g['GroupId'], iamId('AGPA', arn)),
    Arn: arn,
    Path: p,
    CreateDate: str(g['CreateDate'], EPOCH),
    GroupPolicyList: inline(g['GroupPolicyList']),
    AttachedManagedPolicies: attached(g['AttachedManagedPolicies']),
  };
}

function instanceProfile(ip: Raw, account: string): InstanceProfileRef {
  const name = str(ip['InstanceProfileName'], 'profile');
  const p = path(ip['Path']);
  const arn = str(ip['Arn'], arnOf(account, 'instance-profile', p, name));
  return { InstanceProfileName: name, InstanceProfileId: str(ip['InstanceProfileId'], iamId('AIPA', arn)), Arn: arn, Path: p, CreateDate: str(ip['CreateDate'], EPOCH) };
}

function role(r: Raw, account: string): RoleState {
  const name = str(r['RoleName'], 'role');
  const p = path(r['Path']);
  const arn = str(r['Arn'], arnOf(account, 'role', p, name));
  const lu = (r['RoleLastUsed'] ?? {}) as Raw;
  const boundaryState = boundary(r['PermissionsBoundary']);
  const description = optStr(r['Description']);
  const lastUsed = optStr(lu['LastUsedDate']);
  const lastRegion = optStr(lu['Region']);
  return {
    RoleName: name,
    RoleId: str(r['RoleId'], iamId('AROA', arn)),
    Arn: arn,
    Path: p,
    CreateDate: str(r['CreateDate'], EPOCH),
    ...(description ? { Description: description } : {}),
    AssumeRolePolicyDocument: doc(r['AssumeRolePolicyDocument']),
    MaxSessionDuration: typeof r['MaxSessionDuration'] === 'number' ? r['MaxSessionDuration'] : 3600,
    ...(boundaryState ? { PermissionsBoundary: boundaryState } : {}),
    Tags: list(r['Tags']).map((t) => ({ Key: str(t['Key'], ''), Value: str(t['Value'], '') })),
    RoleLastUsed: { ...(lastUsed ? { LastUsedDate: lastUsed } : {}), ...(lastRegion ? { Region: lastRegion } : {}) },
    RolePolicyList: inline(r['RolePolicyList']),
    AttachedManagedPolicies: attached(r['AttachedManagedPolicies']),
    InstanceProfileList: list(r['InstanceProfileList']).map((ip) => instanceProfile(ip, account)),
    ...normalizeLastAccessed(r['ServiceLastAccessed']),
  };
}

function policy(p: Raw, account: string): ManagedPolicyState {
  const name = str(p['PolicyName'], 'policy');
  const pp = path(p['Path']);
  const arn = str(p['Arn'], arnOf(account, 'policy', pp, name));
  const created = str(p['CreateDate'], EPOCH);
  let versions = list(p['PolicyVersionList']).map((v, i) => ({
    VersionId: str(v['VersionId'], `v${i + 1}`),
    Document: doc(v['Document']),
    IsDefaultVersion: v['IsDefaultVersion'] === true,
    CreateDate: str(v['CreateDate'], created),
  }));
  // A world may give just a Document: it becomes v1.
  if (versions.length === 0) versions = [{ VersionId: 'v1', Document: doc(p['Document']), IsDefaultVersion: true, CreateDate: created }];
  const def = optStr(p['DefaultVersionId']) ?? versions.find((v) => v.IsDefaultVersion)?.VersionId ?? versions[versions.length - 1]!.VersionId;
  versions = versions.map((v) => ({ ...v, IsDefaultVersion: v.VersionId === def }));
  const description = optStr(p['Description']);
  return {
    PolicyName: name,
    PolicyId: str(p['PolicyId'], iamId('ANPA', arn)),
    Arn: arn,
    Path: pp,
    DefaultVersionId: def,
    ...(description ? { Description: description } : {}),
    IsAttachable: p['IsAttachable'] !== false,
    CreateDate: created,
    UpdateDate: str(p['UpdateDate'], versions.find((v) => v.IsDefaultVersion)!.CreateDate),
    PolicyVersionList: versions,
  };
}

function root(r: Raw | undefined): RootState {
  const raw = r ?? {};
  const mfa = raw['MFA'];
  const pw = optStr(raw['PasswordLastUsed']);
  return {
    MFA: mfa === 'virtual' || mfa === 'hardware' ? mfa : 'none',
    AccessKeys: list(raw['AccessKeys']).map((k) => {
      const lu = k['LastUsed'] as Raw | undefined;
      return {
        Status: k['Status'] === 'Inactive' ? 'Inactive' : 'Active',
        CreateDate: str(k['CreateDate'], EPOCH),
        ...(lu && optStr(lu['LastUsedDate']) ? { LastUsed: { LastUsedDate: str(lu['LastUsedDate'], EPOCH), ServiceName: str(lu['ServiceName'], 'sts'), Region: str(lu['Region'], 'us-east-1') } } : {}),
      };
    }),
    ...(pw ? { PasswordLastUsed: pw } : {}),
    CreateDate: str(raw['CreateDate'], EPOCH),
  };
}

/** Normalizes a world's raw IAM section (any subset of `IamSection`, documents as objects or strings). */
export function normalizeIam(raw: unknown, account: string): IamSection {
  const r = (raw ?? {}) as Raw;
  const pp = r['PasswordPolicy'] as Raw | null | undefined;
  const awsManaged = Array.isArray(r['AwsManagedPolicies']) ? list(r['AwsManagedPolicies']).map((p) => policy(p, 'aws')) : builtinAwsManagedPolicies();
  return {
    Users: list(r['Users']).map((u) => user(u, account)),
    Groups: list(r['Groups']).map((g) => group(g, account)),
    Roles: list(r['Roles']).map((x) => role(x, account)),
    Policies: list(r['Policies']).map((p) => policy(p, account)),
    AwsManagedPolicies: awsManaged,
    PasswordPolicy: pp
      ? {
          MinimumPasswordLength: typeof pp['MinimumPasswordLength'] === 'number' ? pp['MinimumPasswordLength'] : 8,
          RequireSymbols: pp['RequireSymbols'] === true,
          RequireNumbers: pp['RequireNumbers'] === true,
          RequireUppercaseCharacters: pp['RequireUppercaseCharacters'] === true,
          RequireLowercaseCharacters: pp['RequireLowercaseCharacters'] === true,
          AllowUsersToChangePassword: pp['AllowUsersToChangePassword'] === true,
          ExpirePasswords: typeof pp['MaxPasswordAge'] === 'number' && pp['MaxPasswordAge'] > 0,
          ...(typeof pp['MaxPasswordAge'] === 'number' && pp['MaxPasswordAge'] > 0 ? { MaxPasswordAge: pp['MaxPasswordAge'] } : {}),
          ...(typeof pp['PasswordReusePrevention'] === 'number' && pp['PasswordReusePrevention'] > 0 ? { PasswordReusePrevention: pp['PasswordReusePrevention'] } : {}),
          HardExpiry: pp['HardExpiry'] === true,
        }
      : null,
    Root: root(r['Root'] as Raw | undefined),
    InstanceProfiles: list(r['InstanceProfiles']).map((ip) => instanceProfile(ip, account)),
    SAMLProviders: list(r['SAMLProviders']).map((p) => {
      const until = optStr(p['ValidUntil']);
      return { Arn: str(p['Arn'], ''), CreateDate: str(p['CreateDate'], EPOCH), ...(until ? { ValidUntil: until } : {}) };
    }),
    OpenIDConnectProviders: list(r['OpenIDConnectProviders']).map((p) => ({ Arn: str(p['Arn'], '') })),
    ServerCertificates: list(r['ServerCertificates']).map((c) => normalizeServerCertificate(c, account)),
  };
}
