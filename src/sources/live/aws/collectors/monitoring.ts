/**
 * CloudWatch alarms in a region (metric and composite), with their metric and actions: the second half of
 * the CIS monitoring controls (a metric filter's metric must have an alarm that notifies someone).
 */
import { CloudWatchClient, DescribeAlarmsCommand, type CompositeAlarm, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchAlarmProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector } from '../collector.js';
import { liveResource } from './monitoring/shared.js';

const LIST = 'cloudwatch:DescribeAlarms';

export default defineCollector({
  id: 'cloudwatch',
  scope: 'regional',
  apiCalls: [LIST],
  permissions: [LIST],
  emits: ['aws.cloudwatch.alarm'],
  async collect(ctx) {
    const cw = ctx.client(CloudWatchClient);
    const alarms = await ctx.paginate<{ metric?: MetricAlarm; composite?: CompositeAlarm }>(LIST, async (token) => {
      const o = await cw.send(new DescribeAlarmsCommand({ NextToken: token, MaxRecords: 100, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }));
      return { items: [...(o.MetricAlarms ?? []).map((metric) => ({ metric })), ...(o.CompositeAlarms ?? []).map((composite) => ({ composite }))], next: o.NextToken };
    });
    const src = ctx.prov(LIST);
    if (!alarms.ok) {
      // Unknown, not absent: a placeholder with unknown values keeps the CIS monitoring rules from failing on it.
      const u = apiUnknown<never>(alarms, src);
      const props: CloudWatchAlarmProperties = { metricName: u, metricNamespace: u, actionsEnabled: u, alarmActions: u, snsTopicArns: u };
      ctx.emit(liveResource(ctx, 'aws.cloudwatch.alarm', `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:(unknown)`, '(alarms unknown)', LIST, props));
      return;
    }
    for (const { metric, composite } of alarms.value) {
      const a = metric ?? composite;
      if (a?.AlarmName === undefined) continue;
      const actions = a.AlarmActions ?? [];
      const props: CloudWatchAlarmProperties = {
        metricName: apiValue(metric?.MetricName ?? null, src),
        metricNamespace: apiValue(metric?.Namespace ?? null, src),
        actionsEnabled: apiValue(a.ActionsEnabled !== false, src),
        alarmActions: apiValue(actions, src),
        snsTopicArns: apiValue(actions.filter((x) => /^arn:aws[\w-]*:sns:/.test(x)), src),
      };
      const uid = a.AlarmArn ?? `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${a.AlarmName}`;
      ctx.emit(liveResource(ctx, 'aws.cloudwatch.alarm', uid, a.AlarmName, LIST, props));
    }
  },
});
