import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchClient, DescribeAlarmsForMetricCommand } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchAlarm } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './monitoring.js';
import { ACCOUNT, known, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const R = 'us-east-1';
const TOPIC = `arn:aws:sns:${R}:${ACCOUNT}:security-alerts`;

describe('cloudwatch alarms collector against simcloud (awsJson1_0)', () => {
  let sim: RunningSimcloud;
  before(async () => {
    const alarms = [
      { AlarmName: 'unauthorized-api-calls', MetricName: 'UnauthorizedAPICalls', Namespace: 'CISBenchmark', AlarmActions: [TOPIC, `arn:aws:automate:${R}:ec2:stop`] },
      { AlarmName: 'muted', MetricName: 'RootUsage', Namespace: 'CISBenchmark', ActionsEnabled: false, AlarmActions: [TOPIC] },
      ...Array.from({ length: 110 }, (_, i) => ({ AlarmName: `cpu-${i}`, MetricName: 'CPUUtilization', Namespace: 'AWS/EC2', Statistic: 'Average', Threshold: 90 })),
    ];
    sim = await startSimcloud(worldOf({ [R]: { monitoring: { MetricAlarms: alarms, CompositeAlarms: [{ AlarmName: 'combined', AlarmRule: 'ALARM(muted)', AlarmActions: [TOPIC] }] } } }, ['monitoring:DescribeAlarms']));
  });
  after(() => sim.close());

  it('emits metric and composite alarms across pages with actions and SNS topics', async () => {
    const { resources, gaps, calls } = await run(sim, collector, R);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 113);
    assert.equal(calls.length, 2);
    const a = resources.find((r) => r.name === 'unauthorized-api-calls') as CloudWatchAlarm;
    assert.equal(a.uid, `arn:aws:cloudwatch:${R}:${ACCOUNT}:alarm:unauthorized-api-calls`);
    assert.equal(known(a.properties.metricName), 'UnauthorizedAPICalls');
    assert.equal(known(a.properties.metricNamespace), 'CISBenchmark');
    assert.equal(known(a.properties.actionsEnabled), true);
    assert.equal(known(a.properties.alarmActions).length, 2);
    assert.deepEqual(known(a.properties.snsTopicArns), [TOPIC]);
    assert.equal(known((resources.find((r) => r.name === 'muted') as CloudWatchAlarm).properties.actionsEnabled), false);
    assert.equal(known((resources.find((r) => r.name === 'combined') as CloudWatchAlarm).properties.metricName), null);
  });

  it('DescribeAlarmsForMetric answers through the SDK', async () => {
    const cw = new CloudWatchClient({ region: R, endpoint: sim.endpoint, credentials: sim.credentials });
    const o = await cw.send(new DescribeAlarmsForMetricCommand({ MetricName: 'RootUsage', Namespace: 'CISBenchmark' }));
    cw.destroy();
    assert.deepEqual(o.MetricAlarms?.map((x) => x.AlarmName), ['muted']);
    assert.ok(o.MetricAlarms?.[0]?.StateUpdatedTimestamp instanceof Date);
  });

  it('DescribeAlarms denied: one unknown placeholder alarm, one AccessDenied gap', async () => {
    const { resources, gaps } = await run(sim, collector, R, true);
    assert.equal(resources.length, 1);
    assert.equal((resources[0] as CloudWatchAlarm).properties.actionsEnabled.kind, 'unresolvable');
    assert.deepEqual(gaps.map((g) => `${g.call}:${g.reason}`), ['cloudwatch:DescribeAlarms:AccessDenied']);
  });
});
