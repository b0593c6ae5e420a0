import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EksCluster } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import type { CollectorTestResult } from '../testing.js';
import collector from './eks.js';
import { ACCOUNT, REGION, known, named, run, startSimcloud, worldOf } from './edge/test-world.js';
import { eksSection } from './edge/planted.js';

describe('eks collector against simcloud', () => {
  let sim: RunningSimcloud;
  // One scan of the main region, shared by the tests that only read it.
  let main: Promise<CollectorTestResult>;
  before(async () => {
    // 2 planted + 100 filler clusters: ListClusters (100 a page) needs two pages.
    sim = await startSimcloud(worldOf({ [REGION]: { eks: eksSection(100) }, 'eu-central-1': { eks: eksSection() } }, ['eks:DescribeCluster']));
    main = run(sim, collector);
  });
  after(() => sim.close());

  it('emits clusters with endpoint access, public CIDRs, enabled log types and secrets encryption', async () => {
    const { resources, gaps, calls } = await main;
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'eks:ListClusters').length, 2);
    assert.equal(resources.length, 102);
    const open = named<EksCluster>(resources, 'open-cluster');
    assert.equal(open.uid, `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/open-cluster`);
    assert.deepEqual(open.origin, { kind: 'live', call: 'eks:ListClusters' });
    assert.equal(known(open.properties.endpointPublicAccess), true);
    assert.equal(known(open.properties.endpointPrivateAccess), false);
    assert.deepEqual(known(open.properties.publicAccessCidrs), ['0.0.0.0/0']);
    assert.deepEqual(known(open.properties.enabledLogTypes), []);
    assert.equal(known(open.properties.secretsEncryption), false);
    assert.deepEqual(open.properties.endpointPublicAccess.source, { kind: 'api', call: 'eks:DescribeCluster', region: REGION, account: ACCOUNT });
    const locked = named<EksCluster>(resources, 'locked-cluster');
    assert.equal(known(locked.properties.endpointPublicAccess), false);
    assert.equal(known(locked.properties.enabledLogTypes).length, 5);
    assert.equal(known(locked.properties.secretsEncryption), true);
  });

  it('AccessDenied on DescribeCluster still emits the listed clusters, every attribute unknown', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.equal(gaps.length, 2);
    assert.ok(gaps.every((g) => g.reason === 'AccessDenied' && g.call === 'eks:DescribeCluster'));
    const open = named<EksCluster>(resources, 'open-cluster');
    assert.equal(open.properties.endpointPublicAccess.kind, 'unresolvable');
    assert.equal(open.properties.secretsEncryption.kind, 'unresolvable');
  });
});
