/** IAM users, groups and roles: listing, their inline and attached policies, and instance profiles. */
import type { CallContext, OperationHandler } from '../../service.js';
import { SimError } from '../../service.js';
import { listOutput } from './page.js';
import { encodeDocument, findGroup, findRole, findUser, iamSection, param } from './state.js';
import type { IamSection, InlinePolicyState, InstanceProfileRef, RoleState, UserState, GroupState } from './state.js';

type In = Record<string, unknown>;

/** IAM's PathPrefix filter (default `/`: everything). */
function byPath<T extends { Path: string }>(items: readonly T[], input: In): T[] {
  const prefix = typeof input['PathPrefix'] === 'string' ? input['PathPrefix'] : '/';
  return items.filter((i) => i.Path.startsWith(prefix));
}

export function userOut(u: UserState, full = false): Record<string, unknown> {
  return {
    Path: u.Path,
    UserName: u.UserName,
    UserId: u.UserId,
    Arn: u.Arn,
    CreateDate: u.CreateDate,
    PasswordLastUsed: u.PasswordLastUsed,
    ...(full ? { PermissionsBoundary: u.PermissionsBoundary, Tags: u.Tags.length ? u.Tags : undefined } : {}),
  };
}

export function groupOut(g: GroupState): Record<string, unknown> {
  return { Path: g.Path, GroupName: g.GroupName, GroupId: g.GroupId, Arn: g.Arn, CreateDate: g.CreateDate };
}

/** ListRoles leaves out the boundary, tags and last use; GetRole (full) includes them. */
export function roleOut(r: RoleState, full = false): Record<string, unknown> {
  return {
    Path: r.Path,
    RoleName: r.RoleName,
    RoleId: r.RoleId,
    Arn: r.Arn,
    CreateDate: r.CreateDate,
    AssumeRolePolicyDocument: encodeDocument(r.AssumeRolePolicyDocument),
    Description: r.Description,
    MaxSessionDuration: r.MaxSessionDuration,
    ...(full ? { PermissionsBoundary: r.PermissionsBoundary, Tags: r.Tags.length ? r.Tags : undefined, RoleLastUsed: r.RoleLastUsed } : {}),
  };
}

function inlineNames(list: readonly InlinePolicyState[], input: In): Record<string, unknown> {
  return listOutput('PolicyNames', list.map((p) => p.PolicyName), input);
}

function inlineGet(list: readonly InlinePolicyState[], input: In, owner: Record<string, string>, ownerKind: string): Record<string, unknown> {
  const name = param(input, 'PolicyName');
  const p = list.find((x) => x.PolicyName === name);
  if (!p) throw new SimError('NoSuchEntity', `The ${ownerKind} policy with name ${name} cannot be found.`, 404);
  return { ...owner, PolicyName: p.PolicyName, PolicyDocument: encodeDocument(p.PolicyDocument) };
}

/** The user named by `UserName`, or the calling IAM user when omitted (as IAM does for key and MFA calls). */
function targetUser(s: IamSection, input: In, ctx: CallContext): UserState {
  const name = input['UserName'];
  if (typeof name === 'string' && name !== '') return findUser(s, name);
  const m = /:user\/(?:.*\/)?([^/]+)$/.exec(ctx.caller.arn);
  if (!m) throw new SimError('ValidationError', 'Must specify a userName when calling with non-User credentials', 400);
  return findUser(s, m[1]!);
}

/** Every instance profile: those of roles (with the role) and standalone ones (no role). */
export function allInstanceProfiles(s: IamSection): (InstanceProfileRef & { Roles: Record<string, unknown>[] })[] {
  const out = new Map<string, { ip: InstanceProfileRef; roles: RoleState[] }>();
  for (const r of s.Roles) for (const ip of r.InstanceProfileList) {
    const e = out.get(ip.Arn) ?? { ip, roles: [] };
    e.roles.push(r);
    out.set(ip.Arn, e);
  }
  for (const ip of s.InstanceProfiles) if (!out.has(ip.Arn)) out.set(ip.Arn, { ip, roles: [] });
  return [...out.values()].map(({ ip, roles }) => ({ ...ip, Roles: roles.map((r) => roleOut(r)) }));
}

export const principalOperations: Record<string, OperationHandler> = {
  ListUsers: (input, ctx) => listOutput('Users', byPath(iamSection(ctx.account).Users, input).map((u) => userOut(u)), input),
  GetUser: (input, ctx) => ({ User: userOut(targetUser(iamSection(ctx.account), input, ctx), true) }),
  ListGroups: (input, ctx) => listOutput('Groups', byPath(iamSection(ctx.account).Groups, input).map(groupOut), input),
  ListRoles: (input, ctx) => listOutput('Roles', byPath(iamSection(ctx.account).Roles, input).map((r) => roleOut(r)), input),
  GetRole: (input, ctx) => ({ Role: roleOut(findRole(iamSection(ctx.account), param(input, 'RoleName')), true) }),

  ListUserPolicies: (input, ctx) => inlineNames(findUser(iamSection(ctx.account), param(input, 'UserName')).UserPolicyList, input),
  GetUserPolicy: (input, ctx) => {
    const u = findUser(iamSection(ctx.account), param(input, 'UserName'));
    return inlineGet(u.UserPolicyList, input, { UserName: u.UserName }, 'user');
  },
  ListAttachedUserPolicies: (input, ctx) => listOutput('AttachedPolicies', findUser(iamSection(ctx.account), param(input, 'UserName')).AttachedManagedPolicies, input),
  ListGroupsForUser: (input, ctx) => {
    const s = iamSection(ctx.account);
    const u = findUser(s, param(input, 'UserName'));
    return listOutput('Groups', s.Groups.filter((g) => u.GroupList.includes(g.GroupName)).map(groupOut), input);
  },

  ListGroupPolicies: (input, ctx) => inlineNames(findGroup(iamSection(ctx.account), param(input, 'GroupName')).GroupPolicyList, input),
  GetGroupPolicy: (input, ctx) => {
    const g = findGroup(iamSection(ctx.account), param(input, 'GroupName'));
    return inlineGet(g.GroupPolicyList, input, { GroupName: g.GroupName }, 'group');
  },
  ListAttachedGroupPolicies: (input, ctx) => listOutput('AttachedPolicies', findGroup(iamSection(ctx.account), param(input, 'GroupName')).AttachedManagedPolicies, input),
  GetGroup: (input, ctx) => {
    const s = iamSection(ctx.account);
    const g = findGroup(s, param(input, 'GroupName'));
    return { Group: groupOut(g), ...listOutput('Users', s.Users.filter((u) => u.GroupList.includes(g.GroupName)).map((u) => userOut(u)), input) };
  },

  ListRolePolicies: (input, ctx) => inlineNames(findRole(iamSection(ctx.account), param(input, 'RoleName')).RolePolicyList, input),
  GetRolePolicy: (input, ctx) => {
    const r = findRole(iamSection(ctx.account), param(input, 'RoleName'));
    return inlineGet(r.RolePolicyList, input, { RoleName: r.RoleName }, 'role');
  },
  ListAttachedRolePolicies: (input, ctx) => listOutput('AttachedPolicies', findRole(iamSection(ctx.account), param(input, 'RoleName')).AttachedManagedPolicies, input),

  ListAccessKeys: (input, ctx) => {
    const u = targetUser(iamSection(ctx.account), input, ctx);
    return listOutput('AccessKeyMetadata', u.AccessKeys.map((k) => ({ UserName: u.UserName, AccessKeyId: k.AccessKeyId, Status: k.Status, CreateDate: k.CreateDate })), input);
  },
  GetAccessKeyLastUsed: (input, ctx) => {
    const id = param(input, 'AccessKeyId');
    for (const u of iamSection(ctx.account).Users) {
      const k = u.AccessKeys.find((x) => x.AccessKeyId === id);
      // A key never used answers N/A for service and region, with no date.
      if (k) return { UserName: u.UserName, AccessKeyLastUsed: k.LastUsed ?? { ServiceName: 'N/A', Region: 'N/A' } };
    }
    throw new SimError('AccessDenied', `User: ${ctx.caller.arn} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${id}`, 403);
  },
  ListMFADevices: (input, ctx) => {
    const u = targetUser(iamSection(ctx.account), input, ctx);
    return listOutput('MFADevices', u.MFADevices.map((d) => ({ UserName: u.UserName, SerialNumber: d.SerialNumber, EnableDate: d.EnableDate })), input);
  },
  GetLoginProfile: (input, ctx) => {
    const u = findUser(iamSection(ctx.account), param(input, 'UserName'));
    if (!u.LoginProfile) throw new SimError('NoSuchEntity', `Login Profile for User ${u.UserName} cannot be found.`, 404);
    return { LoginProfile: { UserName: u.UserName, CreateDate: u.LoginProfile.CreateDate, PasswordResetRequired: u.LoginProfile.PasswordResetRequired } };
  },
  ListInstanceProfiles: (input, ctx) => listOutput('InstanceProfiles', byPath(allInstanceProfiles(iamSection(ctx.account)), input), input),
};
