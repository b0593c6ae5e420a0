/**
 * Wire-level checks of the logging and monitoring handlers through the real SDK clients: error codes the
 * SDK must map to its exception classes, filters, and the less common operations the collectors do not use.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AccessAnalyzerClient, ListFindingsCommand } from '@aws-sdk/client-accessanalyzer';
import { CloudTrailClient, GetTrailStatusCommand, ListTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { DescribeKeyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { startSimcloud, type RunningSimcloud } from '../../testing.js';

const A = '111122223333';
const R = 'us-east-1';

describe('simcloud logging and monitoring handlers (real SDK clients)', () => {
  let sim: RunningSimcloud;
  const cfg = () => ({ region: R, endpoint: sim.endpoint, credentials: sim.credentials });
  before(async () => {
    sim = await startSimcloud({
      regions: [R, 'eu-west-1'],
      optInRegions: [],
      accounts: [
        {
          id: A,
          regions: {
            [R]: {
              kms: { Keys: [{ KeyMetadata: { KeyId: 'k1', CreationDate: '2025-03-01T10:00:00Z' } }, { KeyMetadata: { KeyId: 'hmac', KeySpec: 'HMAC_256' } }], Aliases: [{ AliasName: 'alias/data', TargetKeyId: 'k1' }] },
              cloudtrail: { Trails: Array.from({ length: 55 }, (_, i) => ({ Name: `t${i}`, S3BucketName: 'b', StartLoggingTime: '2025-01-01T00:00:00Z' })) },
              config: { DeliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket' }] },
              'access-analyzer': { analyzers: [{ name: 'a' }], findings: [{ id: 'f1', analyzerName: 'a', resource: 'arn:aws:s3:::b', resourceType: 'AWS::S3::Bucket', isPublic: true, principal: { AWS: '*' }, action: ['s3:GetObject'] }, { id: 'f2', analyzerName: 'a', resourceType: 'AWS::IAM::Role', status: 'ARCHIVED' }] },
              logs: {
                logGroups: [{ logGroupName: '/aws/lambda/a' }, { logGroupName: '/aws/lambda/b' }, { logGroupName: 'trail' }],
                metricFilters: [{ filterName: 'x', logGroupName: 'trail', filterPattern: 'ERROR', metricTransformations: [{ metricName: 'Errors', metricNamespace: 'App', metricValue: '1' }] }],
              },
              monitoring: { MetricAlarms: [{ AlarmName: 'm', MetricName: 'Errors', Namespace: 'App' }], CompositeAlarms: [{ AlarmName: 'c', AlarmRule: 'ALARM(m)' }] },
            },
          },
        },
      ],
    });
  });
  after(() => sim.close());

  it('KMS: aliases resolve, timestamps decode, rotation of HMAC keys is unsupported, bad markers are rejected', async () => {
    const kms = new KMSClient(cfg());
    const d = await kms.send(new DescribeKeyCommand({ KeyId: `arn:aws:kms:${R}:${A}:alias/data` }));
    assert.equal(d.KeyMetadata?.KeyId, 'k1');
    assert.equal(d.KeyMetadata?.CreationDate?.toISOString(), '2025-03-01T10:00:00.000Z');
    await assert.rejects(kms.send(new GetKeyRotationStatusCommand({ KeyId: 'hmac' })), (e: Error) => e.name === 'UnsupportedOperationException');
    await assert.rejects(kms.send(new ListKeysCommand({ Marker: 'forged' })), (e: Error) => e.name === 'InvalidMarkerException');
    const page = await kms.send(new ListKeysCommand({ Limit: 1 }));
    assert.equal(page.Truncated, true);
    const rest = await kms.send(new ListKeysCommand({ Limit: 1, Marker: page.NextMarker }));
    assert.deepEqual([page.Keys?.[0]?.KeyId, rest.Keys?.[0]?.KeyId, rest.Truncated], ['k1', 'hmac', false]);
    kms.destroy();
  });

  it('CloudTrail: ListTrails pages, GetTrailStatus dates, unknown trail', async () => {
    const ct = new CloudTrailClient(cfg());
    const first = await ct.send(new ListTrailsCommand({}));
    const second = await ct.send(new ListTrailsCommand({ NextToken: first.NextToken }));
    assert.equal((first.Trails?.length ?? 0) + (second.Trails?.length ?? 0), 55);
    assert.equal(second.NextToken, undefined);
    const st = await ct.send(new GetTrailStatusCommand({ Name: 't0' }));
    assert.equal(st.IsLogging, true);
    assert.equal(st.StartLoggingTime?.toISOString(), '2025-01-01T00:00:00.000Z');
    await assert.rejects(ct.send(new GetTrailStatusCommand({ Name: 'missing' })), (e: Error) => e.name === 'TrailNotFoundException');
    ct.destroy();
  });

  it('Config: unknown recorder names are an error; delivery channels as written', async () => {
    const c = new ConfigServiceClient(cfg());
    await assert.rejects(c.send(new DescribeConfigurationRecordersCommand({ ConfigurationRecorderNames: ['nope'] })), (e: Error) => e.name === 'NoSuchConfigurationRecorderException');
    const ch = await c.send(new DescribeDeliveryChannelsCommand({}));
    assert.equal(ch.DeliveryChannels?.[0]?.s3BucketName, 'config-bucket');
    c.destroy();
  });

  it('Security Hub: not subscribed is InvalidAccessException', async () => {
    const sh = new SecurityHubClient(cfg());
    await assert.rejects(sh.send(new DescribeHubCommand({})), (e: Error) => e.name === 'InvalidAccessException');
    sh.destroy();
  });

  it('Access Analyzer: ListFindings (v1) with a status filter', async () => {
    const aa = new AccessAnalyzerClient(cfg());
    const o = await aa.send(new ListFindingsCommand({ analyzerArn: `arn:aws:access-analyzer:${R}:${A}:analyzer/a`, filter: { status: { eq: ['ACTIVE'] } } }));
    assert.deepEqual(o.findings?.map((f) => [f.id, f.isPublic, f.createdAt instanceof Date]), [['f1', true, true]]);
    aa.destroy();
  });

  it('Logs: prefix filter, ARNs, metric filters by metric name', async () => {
    const logs = new CloudWatchLogsClient(cfg());
    const g = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/' }));
    assert.deepEqual(g.logGroups?.map((x) => x.logGroupName), ['/aws/lambda/a', '/aws/lambda/b']);
    assert.equal(g.logGroups?.[0]?.arn, `arn:aws:logs:${R}:${A}:log-group:/aws/lambda/a:*`);
    assert.equal(typeof g.logGroups?.[0]?.creationTime, 'number');
    const f = await logs.send(new DescribeMetricFiltersCommand({ metricName: 'Errors', metricNamespace: 'App' }));
    assert.deepEqual(f.metricFilters?.map((x) => x.filterName), ['x']);
    const none = await logs.send(new DescribeMetricFiltersCommand({ metricName: 'Other', metricNamespace: 'App' }));
    assert.deepEqual(none.metricFilters, []);
    logs.destroy();
  });

  it('CloudWatch: metric alarms by default, composite on request', async () => {
    const cw = new CloudWatchClient(cfg());
    const d = await cw.send(new DescribeAlarmsCommand({}));
    assert.deepEqual([d.MetricAlarms?.map((a) => a.AlarmName), d.CompositeAlarms ?? []], [['m'], []]);
    const c = await cw.send(new DescribeAlarmsCommand({ AlarmTypes: ['CompositeAlarm'] }));
    assert.deepEqual(c.CompositeAlarms?.map((a) => a.AlarmRule), ['ALARM(m)']);
    cw.destroy();
  });
});
