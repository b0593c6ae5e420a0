/**
 * Security Hub in a region: one resource per account and region. DescribeHub answers
 * InvalidAccessException when the account is not subscribed, which is the explicit "not enabled" answer,
 * not a gap; any other failure leaves `enabled` unknown.
 */
import { DescribeHubCommand, GetEnabledStandardsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { SecurityHubProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector } from '../collector.js';
import { fromCall, liveResource } from './monitoring/shared.js';

const DESCRIBE = 'securityhub:DescribeHub';
const STANDARDS = 'securityhub:GetEnabledStandards';
// Standards being removed or that failed to enable do not count as enabled.
const LIVE_STATUS = new Set(['READY', 'PENDING', 'INCOMPLETE']);

export default defineCollector({
  id: 'securityhub',
  scope: 'regional',
  apiCalls: [DESCRIBE, STANDARDS],
  permissions: [DESCRIBE, STANDARDS],
  emits: ['aws.securityhub.hub'],
  async collect(ctx) {
    const sh = ctx.client(SecurityHubClient);
    const src = ctx.prov(DESCRIBE);
    const hub = await ctx.call(DESCRIBE, () => sh.send(new DescribeHubCommand({})), { expected: ['InvalidAccessException'] });
    const fallbackArn = `arn:aws:securityhub:${ctx.region}:${ctx.account}:hub/default`;
    if (!hub.ok) {
      const props: SecurityHubProperties = { enabled: apiUnknown(hub, src), enabledStandards: apiUnknown(hub, src) };
      ctx.emit(liveResource(ctx, 'aws.securityhub.hub', fallbackArn, 'Security Hub', DESCRIBE, props));
      return;
    }
    if (hub.value === undefined) {
      const props: SecurityHubProperties = { enabled: apiValue(false, src), enabledStandards: apiValue([], src) };
      ctx.emit(liveResource(ctx, 'aws.securityhub.hub', fallbackArn, 'Security Hub', DESCRIBE, props));
      return;
    }
    const standards = await ctx.paginate(STANDARDS, async (token) => {
      const o = await sh.send(new GetEnabledStandardsCommand({ NextToken: token, MaxResults: 100 }));
      return { items: o.StandardsSubscriptions ?? [], next: o.NextToken };
    });
    const props: SecurityHubProperties = {
      enabled: apiValue(true, src),
      enabledStandards: fromCall(ctx, STANDARDS, standards, (list) => list.filter((s) => LIVE_STATUS.has(s.StandardsStatus ?? 'READY')).flatMap((s) => (s.StandardsArn ? [s.StandardsArn] : []))),
    };
    ctx.emit(liveResource(ctx, 'aws.securityhub.hub', hub.value.HubArn ?? fallbackArn, 'Security Hub', DESCRIBE, props));
  },
});
