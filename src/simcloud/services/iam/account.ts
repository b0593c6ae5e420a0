/** Account-wide IAM reads: password policy, account summary, virtual MFA devices, identity providers, GAAD. */
import type { OperationHandler } from '../../service.js';
import { SimError } from '../../service.js';
import { xmlList } from '../../protocols/xml.js';
import { iamPage, listOutput } from './page.js';
import { allInstanceProfiles, groupOut, roleOut, userOut } from './principals.js';
import { policyOut, versionOut } from './policies.js';
import { attachmentCount, encodeDocument, iamSection } from './state.js';
import type { IamSection, InlinePolicyState } from './state.js';

type In = Record<string, unknown>;

function summary(s: IamSection): Record<string, number> {
  const mfaInUse = s.Users.reduce((n, u) => n + u.MFADevices.length, 0) + (s.Root.MFA === 'none' ? 0 : 1);
  return {
    Users: s.Users.length, UsersQuota: 5000, Groups: s.Groups.length, GroupsQuota: 300, Roles: s.Roles.length, RolesQuota: 1000,
    Policies: s.Policies.length, PoliciesQuota: 1500, InstanceProfiles: allInstanceProfiles(s).length, InstanceProfilesQuota: 1000,
    ServerCertificates: s.ServerCertificates.length, ServerCertificatesQuota: 20, Providers: s.SAMLProviders.length + s.OpenIDConnectProviders.length,
    MFADevices: mfaInUse, MFADevicesInUse: mfaInUse,
    AccountMFAEnabled: s.Root.MFA === 'none' ? 0 : 1,
    AccountAccessKeysPresent: s.Root.AccessKeys.length > 0 ? 1 : 0,
    AccountSigningCertificatesPresent: 0,
    PolicyVersionsInUse: s.Policies.reduce((n, p) => n + (attachmentCount(s, p.Arn) > 0 ? p.PolicyVersionList.length : 0), 0), PolicyVersionsInUseQuota: 10000,
    VersionsPerPolicyQuota: 5, GroupsPerUserQuota: 10, AttachedPoliciesPerUserQuota: 10, AttachedPoliciesPerGroupQuota: 10, AttachedPoliciesPerRoleQuota: 10,
    AccessKeysPerUserQuota: 2, SigningCertificatesPerUserQuota: 2, PolicySizeQuota: 6144, UserPolicySizeQuota: 2048, GroupPolicySizeQuota: 5120,
    RolePolicySizeQuota: 10240, AssumeRolePolicySizeQuota: 2048, GlobalEndpointTokenVersion: 1,
  };
}

/** Virtual devices: users' devices with ARN serials, plus the root's when it uses a virtual device. */
function virtualDevices(s: IamSection, account: string, status: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  if (s.Root.MFA === 'virtual') {
    out.push({ SerialNumber: `arn:aws:iam::${account}:mfa/root-account-mfa-device`, User: { UserId: account, Arn: `arn:aws:iam::${account}:root`, CreateDate: s.Root.CreateDate, PasswordLastUsed: s.Root.PasswordLastUsed }, EnableDate: s.Root.CreateDate });
  }
  for (const u of s.Users) for (const d of u.MFADevices) if (d.SerialNumber.startsWith('arn:')) out.push({ SerialNumber: d.SerialNumber, User: userOut(u), EnableDate: d.EnableDate });
  // Every device here is assigned; simcloud keeps no unassigned ones.
  return status === 'Unassigned' ? [] : out;
}

const inlineOut = (l: readonly InlinePolicyState[]) => l.map((p) => ({ PolicyName: p.PolicyName, PolicyDocument: encodeDocument(p.PolicyDocument) }));

/** GetAccountAuthorizationDetails: one page over users, groups, roles, then policies (MaxItems counts all). */
function authorizationDetails(input: In, s: IamSection): Record<string, unknown> {
  const raw = input['Filter'];
  const filter = Array.isArray(raw) && raw.length > 0 ? (raw as string[]) : ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'];
  type Item = { list: 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'; value: Record<string, unknown> };
  const items: Item[] = [];
  const policyDetail = (p: (typeof s.Policies)[number]) => ({ ...policyOut(s, p, true), PolicyVersionList: p.PolicyVersionList.map((v) => versionOut(v, true)) });
  if (filter.includes('User')) for (const u of s.Users) items.push({ list: 'UserDetailList', value: { ...userOut(u, true), PasswordLastUsed: undefined, UserPolicyList: inlineOut(u.UserPolicyList), GroupList: u.GroupList, AttachedManagedPolicies: u.AttachedManagedPolicies } });
  if (filter.includes('Group')) for (const g of s.Groups) items.push({ list: 'GroupDetailList', value: { ...groupOut(g), GroupPolicyList: inlineOut(g.GroupPolicyList), AttachedManagedPolicies: g.AttachedManagedPolicies } });
  if (filter.includes('Role')) {
    const profiles = allInstanceProfiles(s);
    for (const r of s.Roles) {
      const mine = profiles.filter((ip) => r.InstanceProfileList.some((x) => x.Arn === ip.Arn));
      items.push({ list: 'RoleDetailList', value: { ...roleOut(r, true), Description: undefined, MaxSessionDuration: undefined, InstanceProfileList: mine, RolePolicyList: inlineOut(r.RolePolicyList), AttachedManagedPolicies: r.AttachedManagedPolicies } });
    }
  }
  if (filter.includes('LocalManagedPolicy')) for (const p of s.Policies) items.push({ list: 'Policies', value: policyDetail(p) });
  // Like IAM, only the AWS-managed policies in use are reported.
  if (filter.includes('AWSManagedPolicy')) for (const p of s.AwsManagedPolicies) if (attachmentCount(s, p.Arn) > 0) items.push({ list: 'Policies', value: policyDetail(p) });
  const page = iamPage(items, input);
  const pick = (l: Item['list']) => page.items.filter((i) => i.list === l).map((i) => i.value);
  return { UserDetailList: pick('UserDetailList'), GroupDetailList: pick('GroupDetailList'), RoleDetailList: pick('RoleDetailList'), Policies: pick('Policies'), IsTruncated: page.IsTruncated, ...(page.Marker ? { Marker: page.Marker } : {}) };
}

export const accountOperations: Record<string, OperationHandler> = {
  GetAccountPasswordPolicy: (_input, ctx) => {
    const p = iamSection(ctx.account).PasswordPolicy;
    if (!p) throw new SimError('NoSuchEntity', `The Password Policy with domain name ${ctx.account.id} cannot be found.`, 404);
    return { PasswordPolicy: p };
  },
  GetAccountSummary: (_input, ctx) => ({ SummaryMap: xmlList(Object.entries(summary(iamSection(ctx.account))).map(([key, value]) => ({ key, value })), 'entry') }),
  ListVirtualMFADevices: (input, ctx) => {
    const status = typeof input['AssignmentStatus'] === 'string' ? input['AssignmentStatus'] : 'Any';
    return listOutput('VirtualMFADevices', virtualDevices(iamSection(ctx.account), ctx.account.id, status), input);
  },
  ListSAMLProviders: (_input, ctx) => ({ SAMLProviderList: iamSection(ctx.account).SAMLProviders }),
  ListOpenIDConnectProviders: (_input, ctx) => ({ OpenIDConnectProviderList: iamSection(ctx.account).OpenIDConnectProviders }),
  GetAccountAuthorizationDetails: (input, ctx) => authorizationDetails(input, iamSection(ctx.account)),
};
