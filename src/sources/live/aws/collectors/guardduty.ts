/**
 * GuardDuty in a region: one resource per detector, or, when the region has none, one resource with
 * `enabled` false (AWS allows one detector per account and region).
 */
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { defaulted } from '../../../../model/core/index.js';
import type { GuardDutyDetectorProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector } from '../collector.js';
import { forEachLimited, fromCall, liveResource } from './monitoring/shared.js';

const LIST = 'guardduty:ListDetectors';

export default defineCollector({
  id: 'guardduty',
  scope: 'regional',
  apiCalls: [LIST, 'guardduty:GetDetector'],
  permissions: [LIST, 'guardduty:GetDetector'],
  emits: ['aws.guardduty.detector'],
  async collect(ctx) {
    const gd = ctx.client(GuardDutyClient);
    const base = `arn:aws:guardduty:${ctx.region}:${ctx.account}:detector`;
    const src = ctx.prov(LIST);
    const ids = await ctx.paginate(LIST, async (token) => {
      const o = await gd.send(new ListDetectorsCommand({ NextToken: token, MaxResults: 50 }));
      return { items: o.DetectorIds ?? [], next: o.NextToken };
    });
    if (!ids.ok) {
      const props: GuardDutyDetectorProperties = { enabled: apiUnknown(ids, src), findingPublishingFrequency: apiUnknown(ids, src) };
      ctx.emit(liveResource(ctx, 'aws.guardduty.detector', `${base}/(unknown)`, 'GuardDuty', LIST, props));
      return;
    }
    if (ids.value.length === 0) {
      const props: GuardDutyDetectorProperties = {
        enabled: apiValue(false, src),
        findingPublishingFrequency: defaulted('SIX_HOURS', src, 'no detector: a new detector publishes every six hours'),
      };
      ctx.emit(liveResource(ctx, 'aws.guardduty.detector', `${base}/(none)`, '(no detector)', LIST, props));
      return;
    }
    await forEachLimited(ids.value, 4, async (id) => {
      const d = await ctx.call('guardduty:GetDetector', () => gd.send(new GetDetectorCommand({ DetectorId: id })), { resourceId: id });
      const props: GuardDutyDetectorProperties = {
        enabled: fromCall(ctx, 'guardduty:GetDetector', d, (o) => o.Status === 'ENABLED'),
        findingPublishingFrequency: fromCall(ctx, 'guardduty:GetDetector', d, (o) => o.FindingPublishingFrequency ?? 'SIX_HOURS'),
      };
      const tags = fromCall(ctx, 'guardduty:GetDetector', d, (o) => ({ ...(o.Tags ?? {}) }));
      ctx.emit(liveResource(ctx, 'aws.guardduty.detector', `${base}/${id}`, id, LIST, props, tags));
    });
  },
});
