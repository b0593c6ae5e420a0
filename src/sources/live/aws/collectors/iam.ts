/**
 * AWS IAM (global): users (`aws.iam.user`, with inline and attached policies, groups, access keys and their
 * last use, MFA devices, console password and its last use), groups, roles (trust policy, boundary, last
 * use), managed policies (customer-managed ones and the AWS-managed ones attached to something, each with
 * its default version's document), once per account the password policy and the root user, server
 * certificates, and per user and role the service last-accessed report (iam/usage.ts).
 *
 * The directory comes from GetAccountAuthorizationDetails (a few calls for the whole account); when that is
 * denied, from the per-entity List/Get calls. Console password facts come from the credential report
 * (GetLoginProfile per user when the report is unavailable). uids are ARNs; relations are ARNs too.
 */
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import type { Value } from '../../../../model/core/index.js';
import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from '../../../../model/aws/iam.js';
import { apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { collectPasswordPolicy, collectRoot } from './iam/account.js';
import { GENERATE, GET_REPORT, readCredentialReport, readUserCredentials } from './iam/credentials.js';
import { GAAD, readDirectoryBulk, type Directory } from './iam/directory.js';
import { FALLBACK_CALLS, readDirectoryPerEntity } from './iam/fallback.js';
import { forEachLimited, iso, PAGE_SIZE } from './iam/util.js';
import { collectServerCertificates, GENERATE_LAST_ACCESSED, GET_LAST_ACCESSED, LIST_CERTS, readServicesLastAccessed } from './iam/usage.js';

/** Users whose credentials are read at once (each makes 3+ calls). */
const USER_CONCURRENCY = 8;

const live = (call: string) => ({ kind: 'live' as const, call });

/** ListUsers' PasswordLastUsed by ARN: needed when the directory came in bulk and the credential report failed. */
async function listedPasswordUse(ctx: CollectorContext, iam: IAMClient): Promise<Map<string, Value<string | null>>> {
  const r = await ctx.paginate('iam:ListUsers', async (m) => {
    const o = await iam.send(new ListUsersCommand({ Marker: m, MaxItems: PAGE_SIZE }));
    return { items: o.Users ?? [], next: o.IsTruncated ? o.Marker : undefined };
  });
  const src = ctx.prov('iam:ListUsers');
  return new Map(r.ok ? r.value.map((u) => [u.Arn ?? '', apiValue(iso(u.PasswordLastUsed), src)]) : []);
}

async function emitDirectory(ctx: CollectorContext, iam: IAMClient, dir: Directory, bulk: boolean, report: Awaited<ReturnType<typeof readCredentialReport>>): Promise<void> {
  const lastUse = bulk && !report.ok ? await listedPasswordUse(ctx, iam) : undefined;
  const listCall = (src: { call: string }) => src.call;
  await forEachLimited(dir.users, USER_CONCURRENCY, async (u) => {
    const [creds, servicesLastAccessed] = await Promise.all([
      readUserCredentials(ctx, iam, u.name, u.arn, report, u.passwordLastUsed ?? lastUse?.get(u.arn)),
      readServicesLastAccessed(ctx, iam, u.arn),
    ]);
    const user: IamUser = {
      uid: u.arn, type: 'aws.iam.user', provider: 'aws', account: ctx.account, name: u.name, tags: u.tags,
      properties: {
        userName: apiValue(u.name, u.source), path: u.path, inlinePolicies: u.inlinePolicies, attachedPolicies: u.attachedPolicies,
        groups: u.groups, permissionsBoundary: u.permissionsBoundary, createdAt: u.createdAt, ...creds, servicesLastAccessed,
      },
      origin: live(listCall(u.source)), source: u.source,
    };
    ctx.emit(user);
  });
  for (const g of dir.groups) {
    const group: IamGroup = {
      uid: g.arn, type: 'aws.iam.group', provider: 'aws', account: ctx.account, name: g.name, tags: g.tags,
      properties: { groupName: apiValue(g.name, g.source), path: g.path, inlinePolicies: g.inlinePolicies, attachedPolicies: g.attachedPolicies },
      origin: live(listCall(g.source)), source: g.source,
    };
    ctx.emit(group);
  }
  await forEachLimited(dir.roles, USER_CONCURRENCY, async (r) => {
    const servicesLastAccessed = await readServicesLastAccessed(ctx, iam, r.arn);
    const role: IamRole = {
      uid: r.arn, type: 'aws.iam.role', provider: 'aws', account: ctx.account, name: r.name, tags: r.tags,
      properties: {
        roleName: apiValue(r.name, r.source), path: r.path, inlinePolicies: r.inlinePolicies, attachedPolicies: r.attachedPolicies,
        trustPolicy: r.trustPolicy, permissionsBoundary: r.permissionsBoundary, maxSessionDurationSeconds: r.maxSessionDurationSeconds, lastUsed: r.lastUsed,
        servicesLastAccessed,
        ...(r.instanceProfiles ? { instanceProfiles: r.instanceProfiles } : {}),
      },
      origin: live(listCall(r.source)), source: r.source,
    };
    ctx.emit(role);
  });
  for (const p of dir.policies) {
    const policy: IamManagedPolicy = {
      // AWS managed policies share one ARN across accounts while their attachments are per account: the uid
      // names the account so a multi-account inventory keeps every account's copy.
      uid: p.awsManaged ? `${p.arn}#${ctx.account}` : p.arn, type: 'aws.iam.policy', provider: 'aws', account: ctx.account, name: p.name,
      // Policy tags need ListPolicyTags per policy; not read, and said so rather than claiming "no tags".
      tags: { kind: 'unresolvable', value: undefined, source: p.source, reason: 'IAM policy tags are not read' },
      properties: { policyName: apiValue(p.name, p.source), arn: apiValue(p.arn, p.source), awsManaged: apiValue(p.awsManaged, p.source), document: p.document, attachmentCount: p.attachmentCount },
      origin: live(listCall(p.source)), source: p.source,
    };
    ctx.emit(policy);
  }
}

const ACCOUNT_CALLS = ['iam:GetAccountPasswordPolicy', 'iam:GetAccountSummary', 'iam:ListVirtualMFADevices', GENERATE, GET_REPORT];
const CREDENTIAL_CALLS = ['iam:ListAccessKeys', 'iam:GetAccessKeyLastUsed', 'iam:ListMFADevices', 'iam:GetLoginProfile'];
const USAGE_CALLS = [LIST_CERTS, GENERATE_LAST_ACCESSED, GET_LAST_ACCESSED];
const CALLS = [...new Set([GAAD, ...ACCOUNT_CALLS, ...CREDENTIAL_CALLS, ...USAGE_CALLS, ...FALLBACK_CALLS])];

export default defineCollector({
  id: 'iam',
  scope: 'global',
  apiCalls: CALLS,
  // Every call is authorized by the IAM action of the same name.
  permissions: CALLS,
  emits: ['aws.iam.user', 'aws.iam.group', 'aws.iam.role', 'aws.iam.policy', 'aws.iam.password-policy', 'aws.iam.root-account', 'aws.iam.server-certificate'],
  async collect(ctx) {
    const iam = ctx.client(IAMClient);
    // The report's generation (polled) overlaps the directory read, which does not need it.
    const reportP = readCredentialReport(ctx, iam);
    const readDirectory = async () => {
      const bulk = await readDirectoryBulk(ctx, iam);
      return { dir: bulk ?? (await readDirectoryPerEntity(ctx, iam)), bulk: bulk !== undefined };
    };
    const [, { dir, bulk }] = await Promise.all([collectPasswordPolicy(ctx, iam), readDirectory()]);
    const report = await reportP;
    await Promise.all([emitDirectory(ctx, iam, dir, bulk, report), collectRoot(ctx, iam, report), collectServerCertificates(ctx, iam)]);
  },
});
