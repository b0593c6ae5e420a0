/**
 * AWS Security Hub (restJson1): whether the account is subscribed in a region (DescribeHub) and its enabled
 * standards. The regional `securityhub` section holds `Hub` (absent: not subscribed) and the standards
 * subscriptions as GetEnabledStandards returns them.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { regionalSection } from '../world/state.js';
import { compact, pageOf, strList } from './monitoring/shared.js';

export interface SecurityHubSection {
  /** DescribeHub's answer; absent when the account has not enabled Security Hub in the region. */
  Hub?: { HubArn?: string; SubscribedAt?: string; AutoEnableControls?: boolean; ControlFindingGenerator?: string };
  StandardsSubscriptions: { StandardsSubscriptionArn?: string; StandardsArn: string; StandardsInput?: Record<string, string>; StandardsStatus?: string }[];
}

export function normalizeSecurityHub(section: Partial<SecurityHubSection>, accountId: string, region: string): SecurityHubSection {
  const s = section as SecurityHubSection;
  s.StandardsSubscriptions ??= [];
  if (s.Hub !== undefined && s.Hub !== null) {
    s.Hub.HubArn ??= `arn:aws:securityhub:${region}:${accountId}:hub/default`;
    s.Hub.SubscribedAt ??= '2024-01-01T00:00:00.000Z';
    s.Hub.AutoEnableControls ??= true;
    s.Hub.ControlFindingGenerator ??= 'SECURITY_CONTROL';
  }
  for (const sub of s.StandardsSubscriptions) {
    // arn:aws:securityhub:region::standards/aws-foundational-security-best-practices/v/1.0.0 → subscription/...
    sub.StandardsSubscriptionArn ??= `arn:aws:securityhub:${region}:${accountId}:subscription/${sub.StandardsArn.split(':').pop()?.replace(/^(standards|ruleset)\//, '') ?? 'standard'}`;
    sub.StandardsInput ??= {};
    sub.StandardsStatus ??= 'READY';
  }
  return s;
}

/** The section, or InvalidAccessException (HTTP 401) as Security Hub answers when the account is not subscribed. */
function subscribed(ctx: CallContext): SecurityHubSection & { Hub: NonNullable<SecurityHubSection['Hub']> } {
  const s = normalizeSecurityHub(regionalSection<Partial<SecurityHubSection>>(ctx.account, ctx.region, 'securityhub', () => ({})), ctx.account.id, ctx.region);
  if (s.Hub === undefined || s.Hub === null) {
    throw new SimError('InvalidAccessException', `Account ${ctx.account.id} is not subscribed to AWS Security Hub`, 401, 'client');
  }
  return s as SecurityHubSection & { Hub: NonNullable<SecurityHubSection['Hub']> };
}

export default defineService({
  signingName: 'securityhub',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/accounts', operation: 'DescribeHub' },
    { method: 'POST', path: '/standards/get', operation: 'GetEnabledStandards' },
  ],
  operations: {
    DescribeHub(_input, ctx) {
      const s = subscribed(ctx);
      const asked = ctx.http.query['HubArn'];
      if (asked !== undefined && asked !== '' && asked !== s.Hub.HubArn) throw new SimError('ResourceNotFoundException', `Hub ${asked} not found`, 404);
      return compact({ ...s.Hub });
    },
    GetEnabledStandards(input, ctx) {
      const s = subscribed(ctx);
      const arns = strList(input, 'StandardsSubscriptionArns');
      const subs = arns.length === 0 ? s.StandardsSubscriptions : s.StandardsSubscriptions.filter((x) => arns.includes(x.StandardsSubscriptionArn ?? ''));
      const page = pageOf(subs, input['NextToken'], input['MaxResults'], 100, 100, 'InvalidInputException');
      return compact({ StandardsSubscriptions: page.items, NextToken: page.next });
    },
  },
});
