import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EcrImage, EcrRepository } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import type { CollectorTestResult } from '../testing.js';
import collector from './ecr.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';
import { ecrSection } from './edge/planted.js';

describe('ecr collector against simcloud', () => {
  let sim: RunningSimcloud;
  // One scan of the main region, shared by the tests that only read it.
  let main: Promise<CollectorTestResult>;
  before(async () => {
    // 2 planted + 100 filler repositories (100 a page) and 1 + 100 images in open-repo: both listings page.
    const registryRule = { scanningConfiguration: { scanType: 'ENHANCED', rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'open-*', filterType: 'WILDCARD' }] }] } };
    sim = await startSimcloud(
      worldOf({ [REGION]: { ecr: ecrSection(100, 100) }, 'eu-central-1': { ecr: ecrSection() }, 'us-east-1': { ecr: { ...ecrSection(), ...registryRule } } }, ['ecr:GetRepositoryPolicy', 'ecr:GetRegistryScanningConfiguration']),
    );
    main = run(sim, collector);
  });
  after(() => sim.close());

  it('emits repositories with scan on push, tag mutability, encryption and parsed policy', async () => {
    const { resources, gaps, calls } = await main;
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'ecr:DescribeRepositories').length, 2);
    assert.equal(ofType(resources, 'aws.ecr.repository').length, 102);
    const open = named<EcrRepository>(resources, 'open-repo');
    assert.equal(open.uid, `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/open-repo`);
    assert.deepEqual(open.origin, { kind: 'live', call: 'ecr:DescribeRepositories' });
    assert.equal(known(open.properties.scanOnPush), false);
    assert.equal(known(open.properties.imageTagMutability), 'MUTABLE');
    assert.equal(known(open.properties.encryptionType), 'AES256');
    assert.equal(known(open.properties.policy)?.Statement[0]?.Principal, '*');
    const good = named<EcrRepository>(resources, 'good-repo');
    assert.equal(known(good.properties.scanOnPush), true);
    assert.equal(known(good.properties.encryptionType), 'KMS');
    assert.equal(known(good.properties.policy), null);
    // No lifecycle policy is an answer (LifecyclePolicyNotFoundException), not a gap.
    assert.equal(known(good.properties.lifecyclePolicy), false);
    assert.equal(known(open.properties.lifecyclePolicy), true);
    assert.deepEqual(known(good.tags), { team: 'platform' });
  });

  it('emits images with digest, tags, push time and severity counts, across pages', async () => {
    const { resources, calls } = await main;
    assert.equal(calls.filter((c) => c === 'ecr:DescribeImages').length, 103, 'two pages for open-repo, one per other repository');
    const images = ofType<EcrImage>(resources, 'aws.ecr.image');
    assert.equal(images.length, 101);
    const latest = named<EcrImage>(resources, 'open-repo:latest');
    assert.equal(latest.uid, `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/open-repo@sha256:aaa`);
    assert.equal(known(latest.properties.repositoryId), `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/open-repo`);
    assert.equal(known(latest.properties.digest), 'sha256:aaa');
    assert.deepEqual(known(latest.properties.tags), ['latest']);
    assert.equal(known(latest.properties.pushedAt), '2026-01-15T10:00:00.000Z');
    assert.equal(known(latest.properties.scanStatus), 'COMPLETE');
    assert.deepEqual(known(latest.properties.findingSeverityCounts), { CRITICAL: 1, HIGH: 2 });
    const unscanned = named<EcrImage>(resources, 'open-repo@sha256:f0');
    assert.equal(known(unscanned.properties.findingSeverityCounts), null);
    assert.equal(known(unscanned.properties.scanStatus), null);
  });

  it('a registry scanning rule that covers the repository turns scan on push on', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    const open = named<EcrRepository>(resources, 'open-repo');
    assert.equal(known(open.properties.scanOnPush), true);
    assert.deepEqual(open.properties.scanOnPush.source, { kind: 'api', call: 'ecr:GetRegistryScanningConfiguration', region: 'us-east-1', account: ACCOUNT });
  });

  it('AccessDenied on the policy and registry configuration leaves those unknown, with gaps', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.deepEqual(new Set(gaps.map((g) => g.call)), new Set(['ecr:GetRepositoryPolicy', 'ecr:GetRegistryScanningConfiguration']));
    assert.ok(gaps.every((g) => g.reason === 'AccessDenied'));
    const open = named<EcrRepository>(resources, 'open-repo');
    assert.equal(open.properties.policy.kind, 'unresolvable');
    // Off at the repository, and the registry could have turned it on: unknown.
    assert.equal(open.properties.scanOnPush.kind, 'unresolvable');
    // On at the repository is on whatever the registry says.
    assert.equal(known(named<EcrRepository>(resources, 'good-repo').properties.scanOnPush), true);
  });
});
