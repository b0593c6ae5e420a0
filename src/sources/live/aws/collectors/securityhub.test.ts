import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SecurityHub } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './securityhub.js';
import { ACCOUNT, known, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const FSBP = 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0';
const standards = [
  { StandardsArn: FSBP },
  { StandardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0', StandardsStatus: 'DELETING' },
  ...Array.from({ length: 120 }, (_, i) => ({ StandardsArn: `arn:aws:securityhub:us-east-1::standards/custom-${i}/v/1.0.0` })),
];

describe('securityhub collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(worldOf({ 'us-east-1': { securityhub: { Hub: {}, StandardsSubscriptions: standards } } }, ['securityhub:GetEnabledStandards']));
  });
  after(() => sim.close());

  it('a subscribed region: enabled, with its live standards (all pages)', async () => {
    const { resources, gaps, calls } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    const h = resources[0] as SecurityHub;
    assert.equal(h.uid, `arn:aws:securityhub:us-east-1:${ACCOUNT}:hub/default`);
    assert.equal(known(h.properties.enabled), true);
    const list = known(h.properties.enabledStandards);
    assert.equal(list.length, 121);
    assert.ok(list.includes(FSBP));
    assert.ok(!list.some((s) => s.includes('cis-aws-foundations')));
    assert.equal(calls.filter((c) => c === 'securityhub:GetEnabledStandards').length, 2);
  });

  it('not subscribed: enabled explicitly false, and no gap', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-west-1');
    assert.deepEqual(gaps, []);
    const h = resources[0] as SecurityHub;
    assert.equal(h.region, 'eu-west-1');
    assert.equal(h.properties.enabled.kind, 'explicit');
    assert.equal(known(h.properties.enabled), false);
    assert.deepEqual(known(h.properties.enabledStandards), []);
  });

  it('GetEnabledStandards denied: enabled known, standards unknown, one gap', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1', true);
    const h = resources[0] as SecurityHub;
    assert.equal(known(h.properties.enabled), true);
    assert.equal(h.properties.enabledStandards.kind, 'unresolvable');
    assert.deepEqual(gaps.map((g) => `${g.call}:${g.reason}`), ['securityhub:GetEnabledStandards:AccessDenied']);
  });
});
