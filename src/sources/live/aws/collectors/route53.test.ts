import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HostedZone } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector, { bareZoneId } from './route53.js';
import { ACCOUNT, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';

const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/example.com`;

const route53 = {
  HostedZones: [
    { Id: 'Z0PUBLICLOGGED', Name: 'example.com', ResourceRecordSetCount: 14, Tags: [{ Key: 'env', Value: 'prod' }] },
    { Id: '/hostedzone/Z0PUBLICSILENT', Name: 'shop.example.com.' },
    { Id: 'Z0PRIVATE', Name: 'corp.internal', Config: { PrivateZone: true, Comment: 'office' } },
    ...Array.from({ length: 100 }, (_, i) => ({ Name: `filler-${i}.example.net` })),
  ],
  QueryLoggingConfigs: [{ HostedZoneId: 'Z0PUBLICLOGGED', CloudWatchLogsLogGroupArn: LOG_GROUP }],
};

describe('route53 collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(worldOf({}, ['route53:ListQueryLoggingConfigs'], { route53 }));
  });
  after(() => sim.close());

  it('emits every hosted zone with visibility, record count, query logging and tags', async () => {
    const { resources, gaps, calls } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'route53:ListHostedZones').length, 2, 'two pages of 100');
    assert.equal(ofType(resources, 'aws.route53.hosted-zone').length, 103);
    const logged = named<HostedZone>(resources, 'example.com.');
    assert.equal(logged.uid, 'arn:aws:route53:::hostedzone/Z0PUBLICLOGGED');
    assert.equal(logged.region, undefined);
    assert.equal(known(logged.properties.privateZone), false);
    assert.equal(known(logged.properties.recordCount), 14);
    assert.equal(known(logged.properties.queryLogGroup), LOG_GROUP);
    assert.deepEqual(logged.properties.queryLogGroup.source, { kind: 'api', call: 'route53:ListQueryLoggingConfigs', region: 'us-east-1', account: ACCOUNT });
    assert.deepEqual(known(logged.tags), { env: 'prod' });
    const silent = named<HostedZone>(resources, 'shop.example.com.');
    assert.equal(silent.uid, 'arn:aws:route53:::hostedzone/Z0PUBLICSILENT');
    assert.equal(known(silent.properties.queryLogGroup), null);
    assert.equal(known(silent.properties.recordCount), 2);
    assert.equal(known(named<HostedZone>(resources, 'corp.internal.').properties.privateZone), true);
  });

  it('AccessDenied on the query logging list leaves logging unknown, the zones known', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1', true);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]?.reason, 'AccessDenied');
    const z = named<HostedZone>(resources, 'example.com.');
    assert.equal(z.properties.queryLogGroup.kind, 'unresolvable');
    assert.equal(known(z.properties.privateZone), false);
  });

  it('strips the /hostedzone/ prefix the API puts on zone ids', () => {
    assert.equal(bareZoneId('/hostedzone/Z1'), 'Z1');
    assert.equal(bareZoneId('Z1'), 'Z1');
  });
});
