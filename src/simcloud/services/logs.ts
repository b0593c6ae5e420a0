/**
 * Amazon CloudWatch Logs (awsJson1_1, `Logs_20140328`): log groups and metric filters. The regional `logs`
 * section holds `logGroups` and `metricFilters` as the Describe calls return them (camelCase, as the API).
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { regionalSection } from '../world/state.js';
import { compact, epochMillis, pageOf, str, strList } from './monitoring/shared.js';

export interface LogGroupState {
  logGroupName: string;
  arn?: string;
  logGroupArn?: string;
  creationTime?: number | string;
  retentionInDays?: number;
  kmsKeyId?: string;
  storedBytes?: number;
  metricFilterCount?: number;
  logGroupClass?: string;
  [k: string]: unknown;
}

export interface MetricFilterState {
  filterName: string;
  logGroupName: string;
  filterPattern?: string;
  metricTransformations: { metricName: string; metricNamespace: string; metricValue: string; defaultValue?: number; unit?: string }[];
  creationTime?: number | string;
}

export interface LogsSection {
  logGroups: LogGroupState[];
  metricFilters: MetricFilterState[];
}

export function normalizeLogs(section: Partial<LogsSection>, accountId: string, region: string): LogsSection {
  const s = section as LogsSection;
  s.logGroups ??= [];
  s.metricFilters ??= [];
  for (const g of s.logGroups) {
    g.logGroupArn ??= `arn:aws:logs:${region}:${accountId}:log-group:${g.logGroupName}`;
    g.arn ??= `${g.logGroupArn}:*`;
    g.creationTime = epochMillis(g.creationTime ?? '2024-01-01T00:00:00Z');
    g.storedBytes ??= 0;
    g.logGroupClass ??= 'STANDARD';
  }
  for (const f of s.metricFilters) {
    f.creationTime = epochMillis(f.creationTime ?? '2024-01-01T00:00:00Z');
    f.filterPattern ??= '';
  }
  return s;
}

function sectionOf(ctx: CallContext): LogsSection {
  return normalizeLogs(regionalSection<Partial<LogsSection>>(ctx.account, ctx.region, 'logs', () => ({})), ctx.account.id, ctx.region);
}

export default defineService({
  signingName: 'logs',
  protocol: 'awsJson1_1',
  targetPrefix: 'Logs_20140328',
  operations: {
    DescribeLogGroups(input, ctx) {
      const s = sectionOf(ctx);
      const prefix = str(input, 'logGroupNamePrefix');
      const pattern = str(input, 'logGroupNamePattern');
      if (prefix !== undefined && pattern !== undefined) throw new SimError('InvalidParameterException', 'logGroupNamePrefix and logGroupNamePattern are mutually exclusive.', 400);
      const ids = strList(input, 'logGroupIdentifiers');
      const groups = s.logGroups.filter(
        (g) =>
          (prefix === undefined || g.logGroupName.startsWith(prefix)) &&
          (pattern === undefined || g.logGroupName.toLowerCase().includes(pattern.toLowerCase())) &&
          (ids.length === 0 || ids.includes(g.logGroupName) || ids.includes(g.logGroupArn ?? '')),
      );
      const page = pageOf(groups, input['nextToken'], input['limit'], 50, 50, 'InvalidParameterException');
      const out = page.items.map((g) => compact({ ...g, metricFilterCount: s.metricFilters.filter((f) => f.logGroupName === g.logGroupName).length }));
      return compact({ logGroups: out, nextToken: page.next });
    },
    DescribeMetricFilters(input, ctx) {
      const s = sectionOf(ctx);
      const group = str(input, 'logGroupName');
      const prefix = str(input, 'filterNamePrefix');
      const metricName = str(input, 'metricName');
      const namespace = str(input, 'metricNamespace');
      if (prefix !== undefined && group === undefined) throw new SimError('InvalidParameterException', 'filterNamePrefix requires logGroupName.', 400);
      if (group !== undefined && !s.logGroups.some((g) => g.logGroupName === group)) throw new SimError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
      const list = s.metricFilters.filter(
        (f) =>
          (group === undefined || f.logGroupName === group) &&
          (prefix === undefined || f.filterName.startsWith(prefix)) &&
          (metricName === undefined || f.metricTransformations.some((t) => t.metricName === metricName)) &&
          (namespace === undefined || f.metricTransformations.some((t) => t.metricNamespace === namespace)),
      );
      const page = pageOf(list, input['nextToken'], input['limit'], 50, 50, 'InvalidParameterException');
      return compact({ metricFilters: page.items, nextToken: page.next });
    },
  },
});
