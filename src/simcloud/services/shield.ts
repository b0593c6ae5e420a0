/**
 * AWS Shield Advanced (awsJson1_1, AWSShield_20160616; a global service). The account section
 * `services.shield` holds `Subscription` (the DescribeSubscription shape; absent = not subscribed, which AWS
 * answers with ResourceNotFoundException) and `Protections` (the ListProtections shape).
 */
import { globalSection } from '../world/state.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { epochSeconds, pageOf, stableId } from './edge/common.js';

export interface ShieldSubscriptionState {
  StartTime?: string | number;
  EndTime?: string | number;
  TimeCommitmentInSeconds?: number;
  AutoRenew?: string;
  SubscriptionArn?: string;
  [k: string]: unknown;
}

export interface ShieldProtectionState {
  Name: string;
  ResourceArn: string;
  Id?: string;
  ProtectionArn?: string;
  HealthCheckIds?: string[];
}

export interface ShieldSection {
  Subscription?: ShieldSubscriptionState | null;
  Protections: ShieldProtectionState[];
}

function section(ctx: CallContext): ShieldSection {
  const s = globalSection<ShieldSection>(ctx.account, 'shield', () => ({ Protections: [] }));
  s.Protections ??= [];
  return s;
}

function protection(p: ShieldProtectionState, ctx: CallContext): Record<string, unknown> {
  const id = p.Id ?? `${stableId(8, p.ResourceArn)}-${stableId(4, 'a', p.ResourceArn)}-${stableId(4, 'b', p.ResourceArn)}-${stableId(4, 'c', p.ResourceArn)}-${stableId(12, 'd', p.ResourceArn)}`;
  return { ...p, Id: id, ProtectionArn: p.ProtectionArn ?? `arn:aws:shield::${ctx.account.id}:protection/${id}`, HealthCheckIds: p.HealthCheckIds ?? [] };
}

function notSubscribed(): never {
  throw new SimError('ResourceNotFoundException', 'The subscription does not exist.', 400);
}

export default defineService({
  signingName: 'shield',
  protocol: 'awsJson1_1',
  targetPrefix: 'AWSShield_20160616',
  global: true,
  operations: {
    DescribeSubscription(_input, ctx) {
      const sub = section(ctx).Subscription;
      if (!sub) notSubscribed();
      const start = sub.StartTime ?? '2024-01-01T00:00:00Z';
      return {
        Subscription: {
          ...sub,
          StartTime: epochSeconds(start),
          EndTime: epochSeconds(sub.EndTime ?? '2025-01-01T00:00:00Z'),
          TimeCommitmentInSeconds: sub.TimeCommitmentInSeconds ?? 31536000,
          AutoRenew: sub.AutoRenew ?? 'ENABLED',
          ProactiveEngagementStatus: sub.ProactiveEngagementStatus ?? 'DISABLED',
          SubscriptionLimits: sub.SubscriptionLimits ?? { ProtectionLimits: { ProtectedResourceTypeLimits: [] }, ProtectionGroupLimits: { MaxProtectionGroups: 20, PatternTypeLimits: { ArbitraryPatternLimits: { MaxMembers: 10000 } } } },
          SubscriptionArn: sub.SubscriptionArn ?? `arn:aws:shield::${ctx.account.id}:subscription/${stableId(12, ctx.account.id)}`,
        },
      };
    },
    GetSubscriptionState(_input, ctx) {
      return { SubscriptionState: section(ctx).Subscription ? 'ACTIVE' : 'INACTIVE' };
    },
    ListProtections(input, ctx) {
      const s = section(ctx);
      // Without a subscription AWS answers ListProtections with an empty list, not an error.
      const { page, next } = pageOf(s.Protections, input.NextToken, input.MaxResults, { max: 10000, def: 20, badToken: 'InvalidPaginationTokenException' });
      return { Protections: page.map((p) => protection(p, ctx)), NextToken: next };
    },
  },
});
