/**
 * Shield Advanced: the account's subscription (emitted once per account, `active: false` when AWS answers
 * ResourceNotFoundException, unknown when the call fails) and the protected resources.
 */
import { DescribeSubscriptionCommand, ListProtectionsCommand, ShieldClient } from '@aws-sdk/client-shield';
import type { ShieldProtectionProperties, ShieldSubscriptionProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector } from '../collector.js';
import { fromCall, live } from './edge/shared.js';

const DESCRIBE = 'shield:DescribeSubscription';
const LIST = 'shield:ListProtections';

const iso = (d: Date | undefined): string | null => (d ? new Date(d).toISOString() : null);

export default defineCollector({
  id: 'shield',
  scope: 'global',
  apiCalls: [DESCRIBE, LIST],
  permissions: [DESCRIBE, LIST],
  emits: ['aws.shield.subscription', 'aws.shield.protection'],
  async collect(ctx) {
    const shield = ctx.client(ShieldClient);
    const sub = await ctx.call(DESCRIBE, async () => (await shield.send(new DescribeSubscriptionCommand({}))).Subscription, { expected: ['ResourceNotFoundException'] });
    const props: ShieldSubscriptionProperties = sub.ok
      ? {
          // A subscription past its end that does not renew is no longer in force.
          active: apiValue(sub.value !== undefined && (sub.value.EndTime === undefined || new Date(sub.value.EndTime) > ctx.now || sub.value.AutoRenew === 'ENABLED'), ctx.prov(DESCRIBE)),
          autoRenew: apiValue(sub.value?.AutoRenew ?? null, ctx.prov(DESCRIBE)),
          endTime: apiValue(iso(sub.value?.EndTime), ctx.prov(DESCRIBE)),
        }
      : { active: apiUnknown(sub, ctx.prov(DESCRIBE)), autoRenew: apiUnknown(sub, ctx.prov(DESCRIBE)), endTime: apiUnknown(sub, ctx.prov(DESCRIBE)) };
    // One per account, whatever the answer, so rules can judge the absence of a subscription.
    ctx.emit(live(ctx, 'aws.shield.subscription', `arn:aws:shield::${ctx.account}:subscription`, `Shield Advanced (${ctx.account})`, DESCRIBE, props, undefined, null));

    const protections = await ctx.paginate(LIST, async (token) => {
      const o = await shield.send(new ListProtectionsCommand({ NextToken: token, MaxResults: 100 }));
      return { items: o.Protections ?? [], next: o.NextToken };
    });
    if (!protections.ok) return;
    for (const p of protections.value) {
      const pr: ShieldProtectionProperties = { resourceArn: fromCall(ctx, LIST, protections, () => p.ResourceArn ?? '') };
      const uid = p.ProtectionArn ?? `arn:aws:shield::${ctx.account}:protection/${p.Id ?? p.ResourceArn ?? ''}`;
      ctx.emit(live(ctx, 'aws.shield.protection', uid, p.Name ?? uid, LIST, pr, undefined, null));
    }
  },
});
