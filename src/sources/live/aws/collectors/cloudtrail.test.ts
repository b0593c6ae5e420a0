import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CloudTrailClient, DescribeTrailsCommand, StartLoggingCommand, StopLoggingCommand } from '@aws-sdk/client-cloudtrail';
import type { CloudTrailTrail } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import { runCollectorForTest } from '../testing.js';
import collector from './cloudtrail.js';
import { ACCOUNT, known, named, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const HOME = 'us-east-1';
const EU = 'eu-west-1';
const GROUP = `arn:aws:logs:${HOME}:${ACCOUNT}:log-group:cloudtrail:*`;

describe('cloudtrail collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(
      worldOf(
        {
          [HOME]: {
            cloudtrail: {
              Trails: [
                {
                  Name: 'org-trail',
                  S3BucketName: 'trail-logs',
                  IsMultiRegionTrail: true,
                  LogFileValidationEnabled: true,
                  KmsKeyId: `arn:aws:kms:${HOME}:${ACCOUNT}:key/k1`,
                  CloudWatchLogsLogGroupArn: GROUP,
                  EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }],
                  Tags: [{ Key: 'owner', Value: 'security' }],
                  InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }],
                  LatestCloudWatchLogsDeliveryTime: '2026-05-31T10:00:00Z',
                },
              ],
            },
          },
          [EU]: {
            cloudtrail: {
              Trails: [
                {
                  Name: 'eu-app',
                  S3BucketName: 'eu-logs',
                  IsLogging: false,
                  IncludeGlobalServiceEvents: false,
                  AdvancedEventSelectors: [
                    { Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
                    { Name: 's3 reads', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, { Field: 'readOnly', Equals: ['true'] }] },
                  ],
                },
              ],
            },
          },
        },
        ['cloudtrail:GetEventSelectors'],
      ),
    );
    sim.world.credentials.set('AKIANOTRAILS0000001', { accessKeyId: 'AKIANOTRAILS0000001', secretAccessKey: 'no-trails', accountId: ACCOUNT, principal: 'user/no-trails', denied: ['cloudtrail:DescribeTrails'] });
  });
  after(() => sim.close());

  it('emits the home-region trail with status, selectors and tags', async () => {
    const { resources, gaps, calls } = await run(sim, collector, HOME);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    const t = named<CloudTrailTrail>(resources, 'org-trail');
    assert.equal(t.uid, `arn:aws:cloudtrail:${HOME}:${ACCOUNT}:trail/org-trail`);
    assert.deepEqual(t.origin, { kind: 'live', call: 'cloudtrail:DescribeTrails' });
    const p = t.properties;
    assert.equal(known(p.isMultiRegion), true);
    assert.equal(known(p.logFileValidation), true);
    assert.equal(known(p.kmsKeyId), `arn:aws:kms:${HOME}:${ACCOUNT}:key/k1`);
    assert.equal(known(p.isLogging), true);
    assert.equal(p.isLogging.source.kind === 'api' && p.isLogging.source.call, 'cloudtrail:GetTrailStatus');
    assert.equal(known(p.cloudWatchLogsGroupArn), GROUP);
    assert.equal(known(p.s3DataEventsRead), true);
    assert.equal(known(p.s3DataEventsWrite), true);
    assert.equal(known(p.includeGlobalServiceEvents), true);
    assert.deepEqual(known(t.tags), { owner: 'security' });
    assert.deepEqual(known(p.insightTypes), ['ApiCallRateInsight']);
    assert.equal(known(p.cloudWatchLogsLastDelivery), '2026-05-31T10:00:00.000Z');
    assert.deepEqual(calls.filter((c) => c === 'cloudtrail:DescribeTrails'), ['cloudtrail:DescribeTrails']);
  });

  it('skips shadow trails homed elsewhere, and reads advanced selectors', async () => {
    const ct = new CloudTrailClient({ region: EU, endpoint: sim.endpoint, credentials: sim.credentials });
    const seen = await ct.send(new DescribeTrailsCommand({}));
    ct.destroy();
    assert.deepEqual(seen.trailList?.map((t) => t.Name).sort(), ['eu-app', 'org-trail']);
    const { resources, gaps } = await run(sim, collector, EU);
    assert.deepEqual(gaps, []);
    assert.deepEqual(resources.map((r) => r.name), ['eu-app']);
    const p = (resources[0] as CloudTrailTrail).properties;
    assert.equal(known(p.isMultiRegion), false);
    assert.equal(known(p.logFileValidation), false);
    assert.equal(known(p.kmsKeyId), null);
    assert.equal(known(p.isLogging), false);
    assert.equal(known(p.cloudWatchLogsGroupArn), null);
    assert.equal(known(p.s3DataEventsRead), true);
    assert.equal(known(p.s3DataEventsWrite), false);
    // No Insights and no log group: both are facts read from the API, not gaps.
    assert.deepEqual(known(p.insightTypes), []);
    assert.equal(known(p.cloudWatchLogsLastDelivery), null);
  });

  it('leaves data events unknown with a gap when GetEventSelectors is denied', async () => {
    const { resources, gaps } = await run(sim, collector, EU, true);
    const p = (resources[0] as CloudTrailTrail).properties;
    assert.equal(p.s3DataEventsRead.kind, 'unresolvable');
    assert.equal(p.s3DataEventsWrite.kind, 'unresolvable');
    assert.equal(known(p.isLogging), false);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]?.call, 'cloudtrail:GetEventSelectors');
    assert.equal(gaps[0]?.reason, 'AccessDenied');
    assert.equal(gaps[0]?.resourceId, `arn:aws:cloudtrail:${EU}:${ACCOUNT}:trail/eu-app`);
  });

  it('StartLogging turns logging on (home region only) and the next scan sees it', async () => {
    const eu = new CloudTrailClient({ region: EU, endpoint: sim.endpoint, credentials: sim.credentials });
    const us = new CloudTrailClient({ region: HOME, endpoint: sim.endpoint, credentials: sim.credentials });
    await assert.rejects(us.send(new StartLoggingCommand({ Name: `arn:aws:cloudtrail:${EU}:${ACCOUNT}:trail/eu-app` })), (e: Error) => e.name === 'InvalidHomeRegionException');
    await assert.rejects(eu.send(new StartLoggingCommand({ Name: 'nope' })), (e: Error) => e.name === 'TrailNotFoundException');
    await eu.send(new StartLoggingCommand({ Name: 'eu-app' }));
    assert.equal(known(((await run(sim, collector, EU)).resources[0] as CloudTrailTrail).properties.isLogging), true);
    await eu.send(new StopLoggingCommand({ Name: 'eu-app' }));
    assert.equal(known(((await run(sim, collector, EU)).resources[0] as CloudTrailTrail).properties.isLogging), false);
    eu.destroy();
    us.destroy();
  });

  it('DescribeTrails denied: one placeholder trail whose values are unknown, and a gap', async () => {
    const { resources, gaps } = await runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: { accessKeyId: 'AKIANOTRAILS0000001', secretAccessKey: 'no-trails' }, account: ACCOUNT, region: HOME, maxAttempts: 1 });
    assert.equal(resources.length, 1);
    const p = (resources[0] as CloudTrailTrail).properties;
    assert.equal(p.isMultiRegion.kind, 'unresolvable');
    assert.equal(p.isLogging.kind, 'unresolvable');
    assert.deepEqual(gaps.map((g) => `${g.call}:${g.reason}`), ['cloudtrail:DescribeTrails:AccessDenied']);
  });

  it('a region without trails emits nothing', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1');
    assert.deepEqual(resources.map((r) => r.name), []);
    assert.deepEqual(gaps, []);
  });
});

describe('cloudtrail: organization trails', () => {
  const MGMT = '111111111111';
  const MEMBER = '222222222222';
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud({
      regions: [HOME, EU],
      optInRegions: [],
      organization: { id: 'o-abcdefghij', managementAccountId: MGMT },
      accounts: [
        { id: MGMT, regions: { [HOME]: { cloudtrail: { Trails: [{ Name: 'org', S3BucketName: 'org-logs', IsMultiRegionTrail: true, IsOrganizationTrail: true }] } } } },
        { id: MEMBER, regions: {} },
      ],
      credentials: [{ accessKeyId: 'AKIAMEMBERADMIN00001', secretAccessKey: 'member-secret', accountId: MEMBER, principal: 'role/Admin' }],
    });
  });
  after(() => sim.close());

  it('a member account sees the organization trail but does not emit or modify it; the owner emits it', async () => {
    const creds = { accessKeyId: 'AKIAMEMBERADMIN00001', secretAccessKey: 'member-secret' };
    const ct = new CloudTrailClient({ region: EU, endpoint: sim.endpoint, credentials: creds });
    const seen = await ct.send(new DescribeTrailsCommand({}));
    assert.deepEqual(seen.trailList?.map((t) => t.TrailARN), [`arn:aws:cloudtrail:${HOME}:${MGMT}:trail/org`]);
    const home = new CloudTrailClient({ region: HOME, endpoint: sim.endpoint, credentials: creds });
    await assert.rejects(home.send(new StopLoggingCommand({ Name: `arn:aws:cloudtrail:${HOME}:${MGMT}:trail/org` })), (e: Error) => e.name === 'NotOrganizationMasterAccountException');
    ct.destroy();
    home.destroy();
    const member = await runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: creds, account: MEMBER, region: HOME, maxAttempts: 1 });
    assert.deepEqual(member.resources, []);
    assert.deepEqual(member.gaps, []);
    const owner = await runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: sim.credentials, account: MGMT, region: HOME, maxAttempts: 1 });
    assert.deepEqual(owner.resources.map((r) => [r.name, known((r as CloudTrailTrail).properties.isOrganizationTrail)]), [['org', true]]);
  });
});
