import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LogGroup, LogMetricFilter } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './logs.js';
import { ACCOUNT, known, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const R = 'us-east-1';
const UNAUTH = '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }';

describe('logs collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    const groups = [
      { logGroupName: 'cloudtrail', retentionInDays: 365, kmsKeyId: `arn:aws:kms:${R}:${ACCOUNT}:key/k1` },
      { logGroupName: 'app/forever' },
      ...Array.from({ length: 55 }, (_, i) => ({ logGroupName: `lambda/fn-${i}`, retentionInDays: 14 })),
    ];
    const filters = [
      { filterName: 'unauthorized', logGroupName: 'cloudtrail', filterPattern: UNAUTH, metricTransformations: [{ metricName: 'UnauthorizedAPICalls', metricNamespace: 'CISBenchmark', metricValue: '1' }] },
      ...Array.from({ length: 52 }, (_, i) => ({ filterName: `errors-${i}`, logGroupName: `lambda/fn-${i}`, filterPattern: 'ERROR', metricTransformations: [{ metricName: `Errors${i}`, metricNamespace: 'App', metricValue: '1' }] })),
    ];
    sim = await startSimcloud(worldOf({ [R]: { logs: { logGroups: groups, metricFilters: filters } } }, ['logs:DescribeMetricFilters']));
  });
  after(() => sim.close());

  it('emits log groups and metric filters across pages', async () => {
    const { resources, gaps, calls } = await run(sim, collector, R);
    assert.deepEqual(gaps, []);
    const groups = resources.filter((r): r is LogGroup => r.type === 'aws.logs.log-group');
    const filters = resources.filter((r): r is LogMetricFilter => r.type === 'aws.logs.metric-filter');
    assert.equal(groups.length, 57);
    assert.equal(filters.length, 53);
    assert.equal(calls.filter((c) => c === 'logs:DescribeLogGroups').length, 2);
    assert.equal(calls.filter((c) => c === 'logs:DescribeMetricFilters').length, 2);
    const ct = groups.find((g) => g.name === 'cloudtrail')!;
    assert.equal(ct.uid, `arn:aws:logs:${R}:${ACCOUNT}:log-group:cloudtrail`);
    assert.equal(known(ct.properties.retentionDays), 365);
    assert.equal(known(ct.properties.kmsKeyId), `arn:aws:kms:${R}:${ACCOUNT}:key/k1`);
    const forever = groups.find((g) => g.name === 'app/forever')!;
    assert.equal(known(forever.properties.retentionDays), null);
    assert.equal(known(forever.properties.kmsKeyId), null);
    const f = filters.find((x) => x.name === 'unauthorized')!;
    assert.equal(f.uid, `arn:aws:logs:${R}:${ACCOUNT}:log-group:cloudtrail:metric-filter:unauthorized`);
    assert.equal(known(f.properties.logGroupUid), ct.uid);
    assert.equal(known(f.properties.filterPattern), UNAUTH);
    assert.equal(known(f.properties.metricName), 'UnauthorizedAPICalls');
    assert.equal(known(f.properties.metricNamespace), 'CISBenchmark');
    assert.deepEqual(f.origin, { kind: 'live', call: 'logs:DescribeMetricFilters' });
  });

  it('metric filters denied: log groups still emitted, one unknown placeholder filter, one gap', async () => {
    const { resources, gaps } = await run(sim, collector, R, true);
    assert.equal(resources.filter((r) => r.type === 'aws.logs.log-group').length, 57);
    const filters = resources.filter((r): r is LogMetricFilter => r.type === 'aws.logs.metric-filter');
    assert.equal(filters.length, 1);
    assert.equal(filters[0]?.properties.filterPattern.kind, 'unresolvable');
    assert.match(filters[0]?.properties.logGroupUid.reason ?? '', /logs:DescribeMetricFilters failed: AccessDenied/);
    assert.deepEqual(gaps.map((g) => `${g.call}:${g.reason}`), ['logs:DescribeMetricFilters:AccessDenied']);
  });
});
