/**
 * AWS CloudTrail (awsJson1_1): trails, their status, event selectors and tags, and the StartLogging /
 * StopLogging writes. Trails live in the regional `cloudtrail` section of their home region (cloudtrail/state.ts).
 */
import { defineService, SimError } from '../service.js';
import { compact, epochSeconds, pageOf, required, strList } from './monitoring/shared.js';
import { findTrail, visibleTrails, type TrailState } from './cloudtrail/state.js';

/** The Trail structure DescribeTrails returns (state-only fields dropped). */
function describe(t: TrailState): Record<string, unknown> {
  const { IsLogging: _l, StartLoggingTime: _s, StopLoggingTime: _t, LatestDeliveryTime: _d, EventSelectors: _e, AdvancedEventSelectors: _a, Tags: _g, ...trail } = t;
  return compact({ ...trail, SnsTopicName: t.SnsTopicARN?.split(':').pop() });
}

export default defineService({
  signingName: 'cloudtrail',
  protocol: 'awsJson1_1',
  // The SDK sends `CloudTrail_20131101.<Op>`; AWS also documents the fully qualified
  // `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101` prefix (the core matches on the last segment).
  targetPrefix: 'CloudTrail_20131101',
  operations: {
    DescribeTrails(input, ctx) {
      // includeShadowTrails defaults to true on AWS.
      const shadows = input['includeShadowTrails'] !== false;
      const names = strList(input, 'trailNameList');
      const trails = visibleTrails(ctx, shadows).filter((t) => names.length === 0 || names.includes(t.Name) || names.includes(t.TrailARN ?? ''));
      return { trailList: trails.map(describe) };
    },
    ListTrails(input, ctx) {
      const page = pageOf(visibleTrails(ctx, true), input['NextToken'], undefined, 50);
      return compact({ Trails: page.items.map((t) => ({ TrailARN: t.TrailARN, Name: t.Name, HomeRegion: t.HomeRegion })), NextToken: page.next });
    },
    GetTrailStatus(input, ctx) {
      const t = findTrail(ctx, required(input, 'Name', 'InvalidTrailNameException'));
      return compact({
        IsLogging: t.IsLogging === true,
        StartLoggingTime: epochSeconds(t.StartLoggingTime),
        StopLoggingTime: epochSeconds(t.StopLoggingTime),
        LatestDeliveryTime: epochSeconds(t.LatestDeliveryTime),
        LatestCloudWatchLogsDeliveryTime: epochSeconds(t.LatestCloudWatchLogsDeliveryTime ?? (t.CloudWatchLogsLogGroupArn && t.IsLogging ? new Date().toISOString() : undefined)),
        TimeLoggingStarted: t.StartLoggingTime === undefined ? undefined : new Date((epochSeconds(t.StartLoggingTime) ?? 0) * 1000).toISOString(),
      });
    },
    GetInsightSelectors(input, ctx) {
      const t = findTrail(ctx, required(input, 'TrailName', 'InvalidTrailNameException'));
      if ((t.InsightSelectors ?? []).length === 0) throw new SimError('InsightNotEnabledException', `Trail ${t.Name} does not have Insights enabled. Edit the trail settings to enable Insights, and then try the operation again.`, 400);
      return { TrailARN: t.TrailARN, InsightSelectors: t.InsightSelectors };
    },
    GetEventSelectors(input, ctx) {
      const t = findTrail(ctx, required(input, 'TrailName', 'InvalidTrailNameException'));
      return t.AdvancedEventSelectors !== undefined
        ? { TrailARN: t.TrailARN, AdvancedEventSelectors: t.AdvancedEventSelectors }
        : { TrailARN: t.TrailARN, EventSelectors: t.EventSelectors ?? [] };
    },
    ListTags(input, ctx) {
      const ids = strList(input, 'ResourceIdList');
      if (ids.length === 0) throw new SimError('ResourceNotFoundException', 'ResourceIdList must name at least one trail.', 400);
      const tagged = ids.map((id) => ({ ResourceId: id, TagsList: findTrail(ctx, id).Tags ?? [] }));
      const page = pageOf(tagged, input['NextToken'], undefined, 20, 20, 'InvalidTokenException');
      return compact({ ResourceTagList: page.items, NextToken: page.next });
    },
    StartLogging(input, ctx) {
      const t = findTrail(ctx, required(input, 'Name', 'InvalidTrailNameException'), true);
      if (t.IsLogging !== true) {
        t.IsLogging = true;
        t.StartLoggingTime = new Date().toISOString();
      }
      return {};
    },
    StopLogging(input, ctx) {
      const t = findTrail(ctx, required(input, 'Name', 'InvalidTrailNameException'), true);
      if (t.IsLogging !== false) {
        t.IsLogging = false;
        t.StopLoggingTime = new Date().toISOString();
      }
      return {};
    },
  },
});
