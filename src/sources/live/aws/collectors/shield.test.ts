import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ShieldProtection, ShieldSubscription } from '../../../../model/aws/index.js';
import { startSimcloud, type RunningSimcloud } from '../../../../simcloud/testing.js';
import { runCollectorForTest } from '../testing.js';
import collector from './shield.js';
import { ACCOUNT, known, ofType, run, worldOf } from './edge/test-world.js';

const OTHER = '777788889999';

describe('shield collector against simcloud', () => {
  let sim: RunningSimcloud;
  let subscribed: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(worldOf({}, ['shield:DescribeSubscription']));
    const protections = Array.from({ length: 101 }, (_, i) => ({ Name: `p${i}`, ResourceArn: `arn:aws:elasticloadbalancing:eu-west-1:${OTHER}:loadbalancer/app/lb${i}/1` }));
    subscribed = await startSimcloud({ accounts: [{ id: OTHER, services: { shield: { Subscription: { StartTime: '2026-01-01T00:00:00Z', EndTime: '2027-01-01T00:00:00Z', AutoRenew: 'DISABLED' }, Protections: protections } } }] });
  });
  after(async () => {
    await sim.close();
    await subscribed.close();
  });

  it('not subscribed: one subscription resource per account, explicitly inactive', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    const [sub, ...rest] = ofType<ShieldSubscription>(resources, 'aws.shield.subscription');
    assert.ok(sub);
    assert.equal(rest.length, 0);
    assert.equal(sub.uid, `arn:aws:shield::${ACCOUNT}:subscription`);
    assert.equal(sub.region, undefined);
    assert.equal(known(sub.properties.active), false);
    assert.equal(sub.properties.active.kind, 'explicit');
    assert.equal(known(sub.properties.autoRenew), null);
    assert.equal(ofType(resources, 'aws.shield.protection').length, 0);
  });

  it('subscribed: active, with every protected resource across pages', async () => {
    const { resources, gaps, calls } = await runCollectorForTest(collector, { endpoint: subscribed.endpoint, credentials: subscribed.credentials, account: OTHER, region: 'us-east-1', maxAttempts: 1, now: new Date('2026-06-01T00:00:00Z') });
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'shield:ListProtections').length, 2);
    const sub = ofType<ShieldSubscription>(resources, 'aws.shield.subscription')[0]!;
    assert.equal(known(sub.properties.active), true);
    assert.equal(known(sub.properties.autoRenew), 'DISABLED');
    assert.equal(known(sub.properties.endTime), '2027-01-01T00:00:00.000Z');
    const prot = ofType<ShieldProtection>(resources, 'aws.shield.protection');
    assert.equal(prot.length, 101);
    assert.match(known(prot[0]!.properties.resourceArn), /loadbalancer\/app\/lb0\/1$/);
    assert.match(prot[0]!.uid, new RegExp(`^arn:aws:shield::${OTHER}:protection/`));
  });

  it('AccessDenied: the subscription is still emitted, its state unknown', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1', true);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]!.reason, 'AccessDenied');
    assert.equal(gaps[0]!.region, 'global');
    const sub = ofType<ShieldSubscription>(resources, 'aws.shield.subscription')[0]!;
    assert.equal(sub.properties.active.kind, 'unresolvable');
  });
});
