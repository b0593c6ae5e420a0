/**
 * Route 53 (global; one run per account): hosted zones with their visibility, record count and DNS query
 * logging destination. Query logging is listed once for the account and matched to zones by id.
 */
import { ListHostedZonesCommand, ListQueryLoggingConfigsCommand, ListTagsForResourceCommand, Route53Client } from '@aws-sdk/client-route-53';
import type { HostedZoneProperties } from '../../../../model/aws/index.js';
import { apiValue, defineCollector } from '../collector.js';
import { forEachLimited, fromCall, live, tagRecord } from './edge/shared.js';

const LIST = 'route53:ListHostedZones';
const LOGGING = 'route53:ListQueryLoggingConfigs';
const TAGS = 'route53:ListTagsForResource';

/** `Z123` from `/hostedzone/Z123` (the API returns the prefixed form, other calls take the bare id). */
export const bareZoneId = (id: string): string => id.replace(/^\/hostedzone\//, '');

export default defineCollector({
  id: 'route53',
  scope: 'global',
  apiCalls: [LIST, LOGGING, TAGS],
  permissions: [LIST, LOGGING, TAGS],
  emits: ['aws.route53.hosted-zone'],
  async collect(ctx) {
    const r53 = ctx.client(Route53Client);
    const zones = await ctx.paginate(LIST, async (marker) => {
      const o = await r53.send(new ListHostedZonesCommand({ Marker: marker, MaxItems: 100 }));
      return { items: o.HostedZones ?? [], next: o.IsTruncated ? o.NextMarker : undefined };
    });
    if (!zones.ok) return;
    const logging = await ctx.paginate(LOGGING, async (token) => {
      const o = await r53.send(new ListQueryLoggingConfigsCommand({ NextToken: token, MaxResults: 100 }));
      return { items: o.QueryLoggingConfigs ?? [], next: o.NextToken };
    });
    await forEachLimited(zones.value.filter((z) => z.Id), 8, async (z) => {
      const id = bareZoneId(z.Id!);
      const tags = await ctx.call(TAGS, async () => (await r53.send(new ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: id }))).ResourceTagSet?.Tags, { resourceId: id });
      const src = ctx.prov(LIST);
      const props: HostedZoneProperties = {
        zoneName: apiValue(z.Name ?? '', src),
        privateZone: apiValue(z.Config?.PrivateZone === true, src),
        recordCount: apiValue(z.ResourceRecordSetCount ?? 0, src),
        queryLogGroup: fromCall(ctx, LOGGING, logging, (configs) => configs.find((c) => c.HostedZoneId !== undefined && bareZoneId(c.HostedZoneId) === id)?.CloudWatchLogsLogGroupArn ?? null),
      };
      // The ARN Shield Advanced protects; hosted zones are global, so no region.
      ctx.emit(live(ctx, 'aws.route53.hosted-zone', `arn:aws:route53:::hostedzone/${id}`, z.Name ?? id, LIST, props, fromCall(ctx, TAGS, tags, (t) => tagRecord(t)), null));
    });
  },
});
