/**
 * CloudWatch Logs in a region: log groups (retention, KMS key) and metric filters (pattern and metric, the
 * first half of the CIS monitoring controls; the alarms are the `monitoring` collector's). Log group uids are
 * their ARN without the `:*` suffix DescribeLogGroups appends to `arn`.
 */
import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { LogGroupProperties, LogMetricFilterProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { liveResource } from './monitoring/shared.js';

const GROUPS = 'logs:DescribeLogGroups';
const FILTERS = 'logs:DescribeMetricFilters';

/** The log group uid for a name in this account and region. */
export function logGroupUid(ctx: Pick<CollectorContext, 'region' | 'account'>, name: string): string {
  return `arn:aws:logs:${ctx.region}:${ctx.account}:log-group:${name}`;
}

async function collectGroups(ctx: CollectorContext, logs: CloudWatchLogsClient): Promise<void> {
  const groups = await ctx.paginate(GROUPS, async (token) => {
    const o = await logs.send(new DescribeLogGroupsCommand({ nextToken: token, limit: 50 }));
    return { items: o.logGroups ?? [], next: o.nextToken };
  });
  if (!groups.ok) return;
  const src = ctx.prov(GROUPS);
  for (const g of groups.value) {
    if (g.logGroupName === undefined) continue;
    const props: LogGroupProperties = {
      // No retention set means logs are kept forever.
      retentionDays: apiValue(g.retentionInDays ?? null, src),
      kmsKeyId: apiValue(g.kmsKeyId ?? null, src),
    };
    const uid = g.logGroupArn ?? g.arn?.replace(/:\*$/, '') ?? logGroupUid(ctx, g.logGroupName);
    ctx.emit(liveResource(ctx, 'aws.logs.log-group', uid, g.logGroupName, GROUPS, props));
  }
}

async function collectFilters(ctx: CollectorContext, logs: CloudWatchLogsClient): Promise<void> {
  const filters = await ctx.paginate(FILTERS, async (token) => {
    const o = await logs.send(new DescribeMetricFiltersCommand({ nextToken: token, limit: 50 }));
    return { items: o.metricFilters ?? [], next: o.nextToken };
  });
  const src = ctx.prov(FILTERS);
  if (!filters.ok) {
    // The region's filters are unknown, not absent: one placeholder with unknown values lets the CIS monitoring
    // rules say unknown instead of "no filter" (the same convention as account-level resources).
    const u = apiUnknown<never>(filters, src);
    const props: LogMetricFilterProperties = { filterName: u, logGroupName: u, logGroupUid: u, filterPattern: u, metricName: u, metricNamespace: u };
    ctx.emit(liveResource(ctx, 'aws.logs.metric-filter', `arn:aws:logs:${ctx.region}:${ctx.account}:metric-filter:(unknown)`, '(metric filters unknown)', FILTERS, props));
    return;
  }
  for (const f of filters.value) {
    if (f.filterName === undefined || f.logGroupName === undefined) continue;
    const t = f.metricTransformations?.[0];
    const group = logGroupUid(ctx, f.logGroupName);
    const props: LogMetricFilterProperties = {
      filterName: apiValue(f.filterName, src),
      logGroupName: apiValue(f.logGroupName, src),
      logGroupUid: apiValue(group, src),
      filterPattern: apiValue(f.filterPattern ?? '', src),
      metricName: apiValue(t?.metricName ?? '', src),
      metricNamespace: apiValue(t?.metricNamespace ?? '', src),
    };
    ctx.emit(liveResource(ctx, 'aws.logs.metric-filter', `${group}:metric-filter:${f.filterName}`, f.filterName, FILTERS, props));
  }
}

export default defineCollector({
  id: 'logs',
  scope: 'regional',
  apiCalls: [GROUPS, FILTERS],
  permissions: [GROUPS, FILTERS],
  emits: ['aws.logs.log-group', 'aws.logs.metric-filter'],
  async collect(ctx) {
    const logs = ctx.client(CloudWatchLogsClient);
    await Promise.all([collectGroups(ctx, logs), collectFilters(ctx, logs)]);
  },
});
