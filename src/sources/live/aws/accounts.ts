/**
 * Finding what to scan: who we are, the organization's accounts (for `--org`) and each account's enabled
 * regions. These calls go through a `LiveCollectorContext` like any collector's, so they are counted,
 * retried and classified the same way.
 */
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListAccountsCommand, OrganizationsClient, type Account } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CallResult, CollectorContext } from './collector.js';

/** The account the credentials belong to, and the principal. */
export async function callerIdentity(ctx: CollectorContext): Promise<CallResult<{ account: string; arn: string }>> {
  const sts = ctx.client(STSClient);
  const r = await ctx.call('sts:GetCallerIdentity', () => sts.send(new GetCallerIdentityCommand({})));
  if (!r.ok) return r;
  if (!r.value.Account) return { ok: false, reason: 'ClientError', message: 'sts:GetCallerIdentity returned no account' };
  return { ok: true, value: { account: r.value.Account, arn: r.value.Arn ?? '' } };
}

/** An organization member to scan. */
export interface OrgAccount {
  readonly id: string;
  readonly name: string;
}

/** The organization's active accounts, as the management account (or a delegated administrator) lists them. */
export async function organizationAccounts(ctx: CollectorContext): Promise<CallResult<OrgAccount[]>> {
  const org = ctx.client(OrganizationsClient);
  const r = await ctx.paginate<Account>('organizations:ListAccounts', async (token) => {
    const page = await org.send(new ListAccountsCommand({ NextToken: token }));
    return { items: page.Accounts ?? [], next: page.NextToken };
  });
  if (!r.ok) return r;
  // Suspended and closing accounts cannot be entered; listing them as failures would only add noise.
  const active = r.value.filter((a) => a.Id !== undefined && (a.Status ?? a.State ?? 'ACTIVE') === 'ACTIVE');
  return { ok: true, value: active.map((a) => ({ id: a.Id!, name: a.Name ?? a.Id! })) };
}

/** The regions enabled for the account: those not needing opt-in, and opt-in regions it has opted into. */
export async function enabledRegions(ctx: CollectorContext): Promise<CallResult<string[]>> {
  const ec2 = ctx.client(EC2Client);
  const r = await ctx.call('ec2:DescribeRegions', () => ec2.send(new DescribeRegionsCommand({ AllRegions: true })));
  if (!r.ok) return r;
  const regions = (r.value.Regions ?? [])
    .filter((x) => x.RegionName !== undefined && (x.OptInStatus === undefined || x.OptInStatus === 'opt-in-not-required' || x.OptInStatus === 'opted-in'))
    .map((x) => x.RegionName!)
    .sort();
  return { ok: true, value: regions };
}
