/**
 * The IAM directory read entity by entity, for principals allowed the List/Get calls but not
 * GetAccountAuthorizationDetails. Each attribute's provenance names the call that read it, and a failed call
 * leaves just that attribute unknown.
 */
import type { IAMClient} from '@aws-sdk/client-iam';
import {
  GetGroupPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, GetRolePolicyCommand, GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand, ListAttachedRolePoliciesCommand, ListAttachedUserPoliciesCommand, ListGroupPoliciesCommand,
  ListGroupsCommand, ListGroupsForUserCommand, ListPoliciesCommand, ListRolePoliciesCommand, ListRolesCommand, ListUserPoliciesCommand,
  ListUsersCommand, type AttachedPolicy, type Policy,
} from '@aws-sdk/client-iam';
import type { Value } from '../../../../../model/core/index.js';
import type { InlinePolicy } from '../../../../../model/aws/iam.js';
import { apiUnknown, apiValue, type CollectorContext, noTags } from '../../collector.js';
import type { Directory, GroupRec, PolicyRec, RoleRec, UserRec } from './directory.js';
import { documentValue, forEachLimited, iso, PAGE_SIZE } from './util.js';

const CONCURRENCY = 8;

type Page<T> = { items: readonly T[]; next: string | undefined };

async function inline(ctx: CollectorContext, listCall: string, getCall: string, resourceId: string, list: (m: string | undefined) => Promise<Page<string>>, get: (name: string) => Promise<string | undefined>): Promise<Value<readonly InlinePolicy[]>> {
  const names = await ctx.paginate(listCall, list);
  const lsrc = ctx.prov(listCall);
  if (!names.ok) return apiUnknown(names, lsrc);
  const gsrc = ctx.prov(getCall);
  const out: InlinePolicy[] = [];
  for (const name of names.value) {
    const doc = await ctx.call(getCall, () => get(name), { resourceId });
    out.push({ name: apiValue(name, lsrc), document: doc.ok ? documentValue(doc.value, gsrc) : apiUnknown(doc, gsrc), source: gsrc });
  }
  return apiValue(out, lsrc);
}

async function attached(ctx: CollectorContext, call: string, list: (m: string | undefined) => Promise<Page<AttachedPolicy>>): Promise<Value<readonly string[]>> {
  const r = await ctx.paginate(call, list);
  return r.ok ? apiValue(r.value.map((a) => a.PolicyArn ?? ''), ctx.prov(call)) : apiUnknown(r, ctx.prov(call));
}

const page = <T>(items: T[] | undefined, out: { IsTruncated?: boolean | undefined; Marker?: string | undefined }): Page<T> => ({ items: items ?? [], next: out.IsTruncated ? out.Marker : undefined });

async function users(ctx: CollectorContext, iam: IAMClient): Promise<UserRec[]> {
  const listed = await ctx.paginate('iam:ListUsers', async (m) => {
    const o = await iam.send(new ListUsersCommand({ Marker: m, MaxItems: PAGE_SIZE }));
    return page(o.Users, o);
  });
  if (!listed.ok) return [];
  const src = ctx.prov('iam:ListUsers');
  const out: UserRec[] = [];
  await forEachLimited(listed.value, CONCURRENCY, async (u) => {
    const UserName = u.UserName ?? '';
    const arn = u.Arn ?? '';
    const [inlinePolicies, attachedPolicies, groups] = await Promise.all([
      inline(ctx, 'iam:ListUserPolicies', 'iam:GetUserPolicy', arn, async (m) => { const o = await iam.send(new ListUserPoliciesCommand({ UserName, Marker: m })); return page(o.PolicyNames, o); }, async (PolicyName) => (await iam.send(new GetUserPolicyCommand({ UserName, PolicyName }))).PolicyDocument),
      attached(ctx, 'iam:ListAttachedUserPolicies', async (m) => { const o = await iam.send(new ListAttachedUserPoliciesCommand({ UserName, Marker: m })); return page(o.AttachedPolicies, o); }),
      ctx.paginate('iam:ListGroupsForUser', async (m) => { const o = await iam.send(new ListGroupsForUserCommand({ UserName, Marker: m })); return page(o.Groups, o); }),
    ]);
    const gsrc = ctx.prov('iam:ListGroupsForUser');
    out.push({
      arn, name: UserName, source: src, path: apiValue(u.Path ?? '/', src), inlinePolicies, attachedPolicies,
      tags: { kind: 'unresolvable', value: undefined, source: src, reason: 'iam:ListUsers does not return tags (bulk read denied)' },
      // ListUsers leaves the boundary out (only GetUser has it); the model keeps it unknown rather than null.
      permissionsBoundary: { kind: 'unresolvable', value: undefined, source: src, reason: 'iam:ListUsers does not return permissions boundaries (bulk read denied)' },
      groups: groups.ok ? apiValue(groups.value.map((g) => g.Arn ?? ''), gsrc) : apiUnknown(groups, gsrc),
      passwordLastUsed: apiValue(iso(u.PasswordLastUsed), src),
      createdAt: apiValue(iso(u.CreateDate), src),
    });
  });
  return out;
}

async function groupsOf(ctx: CollectorContext, iam: IAMClient): Promise<GroupRec[]> {
  const listed = await ctx.paginate('iam:ListGroups', async (m) => { const o = await iam.send(new ListGroupsCommand({ Marker: m, MaxItems: PAGE_SIZE })); return page(o.Groups, o); });
  if (!listed.ok) return [];
  const src = ctx.prov('iam:ListGroups');
  const out: GroupRec[] = [];
  await forEachLimited(listed.value, CONCURRENCY, async (g) => {
    const GroupName = g.GroupName ?? '';
    const arn = g.Arn ?? '';
    const [inlinePolicies, attachedPolicies] = await Promise.all([
      inline(ctx, 'iam:ListGroupPolicies', 'iam:GetGroupPolicy', arn, async (m) => { const o = await iam.send(new ListGroupPoliciesCommand({ GroupName, Marker: m })); return page(o.PolicyNames, o); }, async (PolicyName) => (await iam.send(new GetGroupPolicyCommand({ GroupName, PolicyName }))).PolicyDocument),
      attached(ctx, 'iam:ListAttachedGroupPolicies', async (m) => { const o = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName, Marker: m })); return page(o.AttachedPolicies, o); }),
    ]);
    out.push({ arn, name: GroupName, source: src, path: apiValue(g.Path ?? '/', src), tags: noTags(src), inlinePolicies, attachedPolicies });
  });
  return out;
}

async function roles(ctx: CollectorContext, iam: IAMClient): Promise<RoleRec[]> {
  const listed = await ctx.paginate('iam:ListRoles', async (m) => { const o = await iam.send(new ListRolesCommand({ Marker: m, MaxItems: PAGE_SIZE })); return page(o.Roles, o); });
  if (!listed.ok) return [];
  const src = ctx.prov('iam:ListRoles');
  const gsrc = ctx.prov('iam:GetRole');
  const out: RoleRec[] = [];
  await forEachLimited(listed.value, CONCURRENCY, async (r) => {
    const RoleName = r.RoleName ?? '';
    const arn = r.Arn ?? '';
    const [inlinePolicies, attachedPolicies, full] = await Promise.all([
      inline(ctx, 'iam:ListRolePolicies', 'iam:GetRolePolicy', arn, async (m) => { const o = await iam.send(new ListRolePoliciesCommand({ RoleName, Marker: m })); return page(o.PolicyNames, o); }, async (PolicyName) => (await iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument),
      attached(ctx, 'iam:ListAttachedRolePolicies', async (m) => { const o = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName, Marker: m })); return page(o.AttachedPolicies, o); }),
      // Boundary, tags and last use come only from GetRole.
      ctx.call('iam:GetRole', () => iam.send(new GetRoleCommand({ RoleName })), { resourceId: arn }),
    ]);
    const role = full.ok ? full.value.Role : undefined;
    out.push({
      arn, name: RoleName, source: src, path: apiValue(r.Path ?? '/', src),
      tags: full.ok ? apiValue(Object.fromEntries((role?.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])), gsrc) : apiUnknown(full, gsrc),
      inlinePolicies, attachedPolicies,
      permissionsBoundary: full.ok ? apiValue(role?.PermissionsBoundary?.PermissionsBoundaryArn ?? null, gsrc) : apiUnknown(full, gsrc),
      trustPolicy: documentValue(r.AssumeRolePolicyDocument, src),
      maxSessionDurationSeconds: apiValue(r.MaxSessionDuration ?? 3600, src),
      lastUsed: full.ok ? apiValue(iso(role?.RoleLastUsed?.LastUsedDate), gsrc) : apiUnknown(full, gsrc),
    });
  });
  return out;
}

async function policies(ctx: CollectorContext, iam: IAMClient): Promise<PolicyRec[]> {
  const list = (Scope: 'Local' | 'AWS') => ctx.paginate('iam:ListPolicies', async (m) => { const o = await iam.send(new ListPoliciesCommand({ Scope, OnlyAttached: Scope === 'AWS', Marker: m, MaxItems: PAGE_SIZE })); return page(o.Policies, o); });
  const [local, aws] = await Promise.all([list('Local'), list('AWS')]);
  const listed: Policy[] = [...(local.ok ? local.value : []), ...(aws.ok ? aws.value : [])];
  const src = ctx.prov('iam:ListPolicies');
  const vsrc = ctx.prov('iam:GetPolicyVersion');
  const out: PolicyRec[] = [];
  await forEachLimited(listed, CONCURRENCY, async (p) => {
    const PolicyArn = p.Arn ?? '';
    const v = await ctx.call('iam:GetPolicyVersion', () => iam.send(new GetPolicyVersionCommand({ PolicyArn, VersionId: p.DefaultVersionId ?? 'v1' })), { resourceId: PolicyArn });
    out.push({
      arn: PolicyArn, name: p.PolicyName ?? PolicyArn, source: src, awsManaged: PolicyArn.includes(':iam::aws:policy/'),
      document: v.ok ? documentValue(v.value.PolicyVersion?.Document, vsrc) : apiUnknown(v, vsrc),
      attachmentCount: apiValue(p.AttachmentCount ?? 0, src),
    });
  });
  return out;
}

/** Every principal and managed policy, read one entity at a time. */
export async function readDirectoryPerEntity(ctx: CollectorContext, iam: IAMClient): Promise<Directory> {
  const [u, g, r, p] = await Promise.all([users(ctx, iam), groupsOf(ctx, iam), roles(ctx, iam), policies(ctx, iam)]);
  return { users: u, groups: g, roles: r, policies: p };
}

/** Calls the fallback may make. */
export const FALLBACK_CALLS = [
  'iam:ListUsers', 'iam:ListUserPolicies', 'iam:GetUserPolicy', 'iam:ListAttachedUserPolicies', 'iam:ListGroupsForUser',
  'iam:ListGroups', 'iam:ListGroupPolicies', 'iam:GetGroupPolicy', 'iam:ListAttachedGroupPolicies',
  'iam:ListRoles', 'iam:GetRole', 'iam:ListRolePolicies', 'iam:GetRolePolicy', 'iam:ListAttachedRolePolicies',
  'iam:ListPolicies', 'iam:GetPolicyVersion',
];
