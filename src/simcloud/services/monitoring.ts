/**
 * Amazon CloudWatch alarms. Current SDKs speak awsJson1_0 to CloudWatch (`GraniteServiceVersion20100801`,
 * query-compatible errors), so that is what this handler serves. The regional `monitoring` section holds
 * `MetricAlarms` and `CompositeAlarms` as DescribeAlarms returns them.
 */
import { defineService, type CallContext } from '../service.js';
import { regionalSection } from '../world/state.js';
import { compact, pageOf, str, strList, withTimes } from './monitoring/shared.js';

export interface MetricAlarmState {
  AlarmName: string;
  AlarmArn?: string;
  MetricName?: string;
  Namespace?: string;
  ActionsEnabled?: boolean;
  AlarmActions?: string[];
  OKActions?: string[];
  InsufficientDataActions?: string[];
  StateValue?: string;
  Statistic?: string;
  Period?: number;
  EvaluationPeriods?: number;
  Threshold?: number;
  ComparisonOperator?: string;
  Dimensions?: { Name: string; Value: string }[];
  [k: string]: unknown;
}

export interface MonitoringSection {
  MetricAlarms: MetricAlarmState[];
  CompositeAlarms: { AlarmName: string; AlarmArn?: string; AlarmRule?: string; ActionsEnabled?: boolean; AlarmActions?: string[]; StateValue?: string; [k: string]: unknown }[];
}

const TIMES = ['AlarmConfigurationUpdatedTimestamp', 'StateUpdatedTimestamp', 'StateTransitionedTimestamp'];

export function normalizeMonitoring(section: Partial<MonitoringSection>, accountId: string, region: string): MonitoringSection {
  const s = section as MonitoringSection;
  s.MetricAlarms ??= [];
  s.CompositeAlarms ??= [];
  for (const a of [...s.MetricAlarms, ...s.CompositeAlarms]) {
    a.AlarmArn ??= `arn:aws:cloudwatch:${region}:${accountId}:alarm:${a.AlarmName}`;
    a.ActionsEnabled ??= true;
    a.AlarmActions ??= [];
    a['OKActions'] ??= [];
    a['InsufficientDataActions'] ??= [];
    a.StateValue ??= 'OK';
    a['AlarmConfigurationUpdatedTimestamp'] ??= '2024-01-01T00:00:00Z';
    a['StateUpdatedTimestamp'] ??= '2024-01-01T00:00:00Z';
  }
  for (const a of s.MetricAlarms) {
    a.Statistic ??= 'Sum';
    a.Period ??= 300;
    a.EvaluationPeriods ??= 1;
    a.Threshold ??= 1;
    a.ComparisonOperator ??= 'GreaterThanOrEqualToThreshold';
    a.Dimensions ??= [];
  }
  return s;
}

function sectionOf(ctx: CallContext): MonitoringSection {
  return normalizeMonitoring(regionalSection<Partial<MonitoringSection>>(ctx.account, ctx.region, 'monitoring', () => ({})), ctx.account.id, ctx.region);
}

export default defineService({
  signingName: 'monitoring',
  protocol: 'awsJson1_0',
  targetPrefix: 'GraniteServiceVersion20100801',
  apiVersion: '2010-08-01',
  xmlNamespace: 'http://monitoring.amazonaws.com/doc/2010-08-01/',
  operations: {
    DescribeAlarms(input, ctx) {
      const s = sectionOf(ctx);
      const names = strList(input, 'AlarmNames');
      const prefix = str(input, 'AlarmNamePrefix');
      const state = str(input, 'StateValue');
      const actionPrefix = str(input, 'ActionPrefix');
      // Without AlarmTypes, DescribeAlarms returns metric alarms only.
      const types = strList(input, 'AlarmTypes');
      const wanted = (kind: string): boolean => (types.length === 0 ? kind === 'MetricAlarm' : types.includes(kind));
      const keep = (a: { AlarmName: string; StateValue?: string; AlarmActions?: string[] }): boolean =>
        (names.length === 0 || names.includes(a.AlarmName)) &&
        (prefix === undefined || a.AlarmName.startsWith(prefix)) &&
        (state === undefined || a.StateValue === state) &&
        (actionPrefix === undefined || (a.AlarmActions ?? []).some((x) => x.startsWith(actionPrefix)));
      const all = [...(wanted('MetricAlarm') ? s.MetricAlarms.filter(keep).map((a) => ({ kind: 'm' as const, a })) : []), ...(wanted('CompositeAlarm') ? s.CompositeAlarms.filter(keep).map((a) => ({ kind: 'c' as const, a })) : [])];
      const page = pageOf(all, input['NextToken'], input['MaxRecords'], 50, 100, 'InvalidNextToken');
      return compact({
        MetricAlarms: page.items.filter((x) => x.kind === 'm').map((x) => withTimes(x.a, TIMES)),
        CompositeAlarms: page.items.filter((x) => x.kind === 'c').map((x) => withTimes(x.a, TIMES)),
        NextToken: page.next,
      });
    },
    DescribeAlarmsForMetric(input, ctx) {
      const metric = str(input, 'MetricName');
      const ns = str(input, 'Namespace');
      const list = sectionOf(ctx).MetricAlarms.filter((a) => a.MetricName === metric && a.Namespace === ns);
      return { MetricAlarms: list.map((a) => withTimes(a, TIMES)) };
    },
  },
});
