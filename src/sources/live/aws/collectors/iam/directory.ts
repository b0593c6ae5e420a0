/**
 * The IAM directory (users, groups, roles, managed policies) read in bulk through
 * GetAccountAuthorizationDetails: one paginated call returns every principal with its inline policies,
 * attachments and boundary, and every customer policy with all its versions. RoleDetail lacks
 * MaxSessionDuration, so ListRoles (1000 roles a page) fills that in.
 */
import type { IAMClient} from '@aws-sdk/client-iam';
import { GetAccountAuthorizationDetailsCommand, ListRolesCommand, type GetAccountAuthorizationDetailsResponse, type ManagedPolicyDetail, type PolicyDetail } from '@aws-sdk/client-iam';
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import type { InlinePolicy } from '../../../../../model/aws/iam.js';
import type { PolicyDocument } from '../../../../../model/aws/policy.js';
import { apiUnknown, apiValue, type CollectorContext, noTags } from '../../collector.js';
import { documentValue, iso, PAGE_SIZE, tagsOf } from './util.js';

export interface PrincipalRec {
  readonly arn: string;
  readonly name: string;
  /** Provenance of the call that listed it (the resource's `source`) and that call's name (its origin). */
  readonly source: ApiProvenance;
  readonly path: Value<string>;
  readonly tags: Value<Record<string, string>>;
  readonly inlinePolicies: Value<readonly InlinePolicy[]>;
  readonly attachedPolicies: Value<readonly string[]>;
  readonly permissionsBoundary: Value<string | null>;
}
export interface UserRec extends PrincipalRec {
  readonly groups: Value<readonly string[]>;
  readonly createdAt: Value<string | null>;
  /** From ListUsers (fallback path only); the credential report supplies it otherwise. */
  readonly passwordLastUsed?: Value<string | null>;
}
export interface RoleRec extends PrincipalRec {
  readonly trustPolicy: Value<PolicyDocument>;
  readonly maxSessionDurationSeconds: Value<number>;
  readonly lastUsed: Value<string | null>;
  /** From GetAccountAuthorizationDetails only (ListRoles does not list them). */
  readonly instanceProfiles?: Value<readonly string[]>;
}
export type GroupRec = Omit<PrincipalRec, 'permissionsBoundary'>;
export interface PolicyRec {
  readonly arn: string;
  readonly name: string;
  readonly source: ApiProvenance;
  readonly awsManaged: boolean;
  readonly document: Value<PolicyDocument>;
  readonly attachmentCount: Value<number>;
}
export interface Directory {
  readonly users: readonly UserRec[];
  readonly groups: readonly GroupRec[];
  readonly roles: readonly RoleRec[];
  readonly policies: readonly PolicyRec[];
}

export const GAAD = 'iam:GetAccountAuthorizationDetails';
/** Answers that mean "not allowed to read in bulk": the collector then reads entity by entity. */
export const DENIED = ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'];

export function inlineFrom(list: readonly PolicyDetail[] | undefined, source: ApiProvenance): Value<readonly InlinePolicy[]> {
  return apiValue(
    (list ?? []).map((p) => ({ name: apiValue(p.PolicyName ?? '', source), document: documentValue(p.PolicyDocument, source), source })),
    source,
  );
}

export function groupArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:group/${name}`;
}

/** The default version's document of a managed policy detail. */
export function policyFromDetail(p: ManagedPolicyDetail, source: ApiProvenance): PolicyRec {
  const arn = p.Arn ?? '';
  const def = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
  return {
    arn,
    name: p.PolicyName ?? arn,
    source,
    awsManaged: arn.startsWith('arn:aws:iam::aws:') || /^arn:aws[a-z-]*:iam::aws:/.test(arn),
    document: def ? documentValue(def.Document, source) : { kind: 'unresolvable', value: undefined, source, reason: `${source.call} returned no default version for ${arn}` },
    attachmentCount: apiValue(p.AttachmentCount ?? 0, source),
  };
}

async function maxSessionDurations(ctx: CollectorContext, iam: IAMClient): Promise<{ ok: true; byArn: Map<string, number> } | { ok: false; reason: string; message: string }> {
  const r = await ctx.paginate('iam:ListRoles', async (token) => {
    const out = await iam.send(new ListRolesCommand({ Marker: token, MaxItems: PAGE_SIZE }));
    return { items: out.Roles ?? [], next: out.IsTruncated ? out.Marker : undefined };
  });
  if (!r.ok) return r;
  return { ok: true, byArn: new Map(r.value.map((x) => [x.Arn ?? '', x.MaxSessionDuration ?? 3600])) };
}

/** The directory via GetAccountAuthorizationDetails, or undefined when bulk reads are denied (use the fallback). */
export async function readDirectoryBulk(ctx: CollectorContext, iam: IAMClient): Promise<Directory | undefined> {
  const pages: GetAccountAuthorizationDetailsResponse[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await ctx.call(GAAD, () => iam.send(new GetAccountAuthorizationDetailsCommand({ Marker: marker, MaxItems: PAGE_SIZE })), { expected: DENIED });
    if (!page.ok || page.value === undefined) return undefined;
    pages.push(page.value);
    if (!page.value.IsTruncated || !page.value.Marker) break;
    marker = page.value.Marker;
  }
  const src = ctx.prov(GAAD);
  const durations = await maxSessionDurations(ctx, iam);
  const lrSrc = ctx.prov('iam:ListRoles');
  const groupNames = new Map<string, string>();
  for (const p of pages) for (const g of p.GroupDetailList ?? []) groupNames.set(g.GroupName ?? '', g.Arn ?? '');

  const users: UserRec[] = pages.flatMap((p) => p.UserDetailList ?? []).map((u) => ({
    arn: u.Arn ?? '',
    name: u.UserName ?? '',
    source: src,
    path: apiValue(u.Path ?? '/', src),
    tags: apiValue(tagsOf(u.Tags), src),
    inlinePolicies: inlineFrom(u.UserPolicyList, src),
    attachedPolicies: apiValue((u.AttachedManagedPolicies ?? []).map((a) => a.PolicyArn ?? ''), src),
    permissionsBoundary: apiValue(u.PermissionsBoundary?.PermissionsBoundaryArn ?? null, src),
    groups: apiValue((u.GroupList ?? []).map((g) => groupNames.get(g) ?? groupArn(ctx.account, g)), src),
    createdAt: apiValue(iso(u.CreateDate), src),
  }));
  const groups: GroupRec[] = pages.flatMap((p) => p.GroupDetailList ?? []).map((g) => ({
    arn: g.Arn ?? '',
    name: g.GroupName ?? '',
    source: src,
    path: apiValue(g.Path ?? '/', src),
    tags: noTags(src),
    inlinePolicies: inlineFrom(g.GroupPolicyList, src),
    attachedPolicies: apiValue((g.AttachedManagedPolicies ?? []).map((a) => a.PolicyArn ?? ''), src),
  }));
  const roles: RoleRec[] = pages.flatMap((p) => p.RoleDetailList ?? []).map((r) => {
    const arn = r.Arn ?? '';
    const duration = durations.ok ? durations.byArn.get(arn) : undefined;
    return {
      arn,
      name: r.RoleName ?? '',
      source: src,
      path: apiValue(r.Path ?? '/', src),
      tags: apiValue(tagsOf(r.Tags), src),
      inlinePolicies: inlineFrom(r.RolePolicyList, src),
      attachedPolicies: apiValue((r.AttachedManagedPolicies ?? []).map((a) => a.PolicyArn ?? ''), src),
      permissionsBoundary: apiValue(r.PermissionsBoundary?.PermissionsBoundaryArn ?? null, src),
      trustPolicy: documentValue(r.AssumeRolePolicyDocument, src),
      maxSessionDurationSeconds: !durations.ok
        ? apiUnknown(durations, lrSrc)
        : duration !== undefined
          ? apiValue(duration, lrSrc)
          : { kind: 'unresolvable', value: undefined, source: lrSrc, reason: `iam:ListRoles did not list ${arn}` },
      lastUsed: apiValue(iso(r.RoleLastUsed?.LastUsedDate), src),
      instanceProfiles: apiValue((r.InstanceProfileList ?? []).flatMap((ip) => (ip.Arn ? [ip.Arn] : [])), src),
    };
  });
  const policies = pages.flatMap((p) => p.Policies ?? []).map((p) => policyFromDetail(p, src));
  return { users, groups, roles, policies };
}
