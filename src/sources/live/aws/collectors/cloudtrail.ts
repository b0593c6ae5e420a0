/**
 * CloudTrail trails. DescribeTrails in every region also lists the multi-region trails homed elsewhere
 * ("shadow" trails); each trail is emitted once, by the run of its home region, and only by the account that
 * owns it (an organization trail is emitted in the management account). Status, event selectors and tags
 * are read by ARN, which works from any region.
 */
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetInsightSelectorsCommand, GetTrailStatusCommand, ListTagsCommand, type Trail } from '@aws-sdk/client-cloudtrail';
import { mapValue } from '../../../../model/core/index.js';
import type { CloudTrailTrailProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, liveResource, tagRecord } from './monitoring/shared.js';
import { s3DataEvents } from './cloudtrail/selectors.js';

const LIST = 'cloudtrail:DescribeTrails';
const INSIGHTS = 'cloudtrail:GetInsightSelectors';

async function collectTrail(ctx: CollectorContext, ct: CloudTrailClient, t: Trail & { TrailARN: string }): Promise<void> {
  const about = { resourceId: t.TrailARN };
  const [status, selectors, tags, insights] = await Promise.all([
    ctx.call('cloudtrail:GetTrailStatus', () => ct.send(new GetTrailStatusCommand({ Name: t.TrailARN })), about),
    ctx.call('cloudtrail:GetEventSelectors', () => ct.send(new GetEventSelectorsCommand({ TrailName: t.TrailARN })), about),
    ctx.call('cloudtrail:ListTags', () => ct.send(new ListTagsCommand({ ResourceIdList: [t.TrailARN] })), about),
    // A trail without Insights answers InsightNotEnabledException: that means "none", not a failure.
    t.HasInsightSelectors === false
      ? Promise.resolve({ ok: true as const, value: undefined })
      : ctx.call(INSIGHTS, () => ct.send(new GetInsightSelectorsCommand({ TrailName: t.TrailARN })), { ...about, expected: ['InsightNotEnabledException'] }),
  ]);
  const listed = ctx.prov(LIST);
  const events = fromCall(ctx, 'cloudtrail:GetEventSelectors', selectors, (o) => s3DataEvents(o.EventSelectors, o.AdvancedEventSelectors));
  const props: CloudTrailTrailProperties = {
    trailName: apiValue(t.Name ?? t.TrailARN, listed),
    isMultiRegion: apiValue(t.IsMultiRegionTrail === true, listed),
    logFileValidation: apiValue(t.LogFileValidationEnabled === true, listed),
    kmsKeyId: apiValue(t.KmsKeyId ?? null, listed),
    isLogging: fromCall(ctx, 'cloudtrail:GetTrailStatus', status, (o) => o.IsLogging === true),
    includeGlobalServiceEvents: apiValue(t.IncludeGlobalServiceEvents === true, listed),
    isOrganizationTrail: apiValue(t.IsOrganizationTrail === true, listed),
    s3BucketName: apiValue(t.S3BucketName ?? null, listed),
    cloudWatchLogsGroupArn: apiValue(t.CloudWatchLogsLogGroupArn ?? null, listed),
    s3DataEventsRead: mapValue(events, (e) => e.read),
    s3DataEventsWrite: mapValue(events, (e) => e.write),
    insightTypes: fromCall(ctx, INSIGHTS, insights, (o) => (o?.InsightSelectors ?? []).flatMap((s) => (s.InsightType ? [s.InsightType] : []))),
    cloudWatchLogsLastDelivery: fromCall(ctx, 'cloudtrail:GetTrailStatus', status, (o) => (o.LatestCloudWatchLogsDeliveryTime ? new Date(o.LatestCloudWatchLogsDeliveryTime).toISOString() : null)),
  };
  const tagValue = fromCall(ctx, 'cloudtrail:ListTags', tags, (o) => tagRecord((o.ResourceTagList ?? []).find((x) => x.ResourceId === t.TrailARN)?.TagsList));
  ctx.emit(liveResource(ctx, 'aws.cloudtrail.trail', t.TrailARN, t.Name ?? t.TrailARN, LIST, props, tagValue));
}

export default defineCollector({
  id: 'cloudtrail',
  scope: 'regional',
  apiCalls: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors', INSIGHTS, 'cloudtrail:ListTags'],
  permissions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors', INSIGHTS, 'cloudtrail:ListTags'],
  emits: ['aws.cloudtrail.trail'],
  async collect(ctx) {
    const ct = ctx.client(CloudTrailClient);
    // DescribeTrails is not paginated: it returns every trail visible from the region in one answer.
    const res = await ctx.call(LIST, () => ct.send(new DescribeTrailsCommand({ includeShadowTrails: true })));
    if (!res.ok) {
      // Which trails exist is unknown, not "none": a placeholder with unknown values makes the trail rules and
      // the CIS monitoring checks say unknown for this account and region instead of judging an empty list.
      const u = apiUnknown<never>(res, ctx.prov(LIST));
      const props: CloudTrailTrailProperties = {
        trailName: u, isMultiRegion: u, logFileValidation: u, kmsKeyId: u, isLogging: u, includeGlobalServiceEvents: u,
        isOrganizationTrail: u, s3BucketName: u, cloudWatchLogsGroupArn: u, s3DataEventsRead: u, s3DataEventsWrite: u, insightTypes: u, cloudWatchLogsLastDelivery: u,
      };
      ctx.emit(liveResource(ctx, 'aws.cloudtrail.trail', `arn:aws:cloudtrail:${ctx.region}:${ctx.account}:trail/(unknown)`, '(trails unknown)', LIST, props));
      return;
    }
    const seen = new Set<string>();
    const own = (res.value.trailList ?? []).filter((t): t is Trail & { TrailARN: string } => {
      if (t.TrailARN === undefined || seen.has(t.TrailARN)) return false;
      seen.add(t.TrailARN);
      const [, , , region, account] = t.TrailARN.split(':');
      return (t.HomeRegion ?? region) === ctx.region && account === ctx.account;
    });
    await forEachLimited(own, 8, (t) => collectTrail(ctx, ct, t));
  },
});
