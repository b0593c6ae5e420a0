import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccessAnalyzer } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './access-analyzer.js';
import { ACCOUNT, known, run, startSimcloud, worldOf } from './monitoring/test-world.js';

const finding = (id: string, resourceType: string, status = 'ACTIVE') => ({ id, analyzerName: 'acct', resource: `arn:aws:s3:::b-${id}`, resourceType, status, isPublic: true });

describe('access-analyzer collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(
      worldOf(
        {
          'us-east-1': {
            'access-analyzer': {
              analyzers: [{ name: 'acct', type: 'ACCOUNT' }],
              findings: [
                ...Array.from({ length: 130 }, (_, i) => finding(`f${i}`, i % 2 === 0 ? 'AWS::S3::Bucket' : 'AWS::IAM::Role')),
                finding('old', 'AWS::KMS::Key', 'ARCHIVED'),
              ],
            },
          },
          'eu-west-1': { 'access-analyzer': { analyzers: [{ name: 'org', type: 'ORGANIZATION' }] } },
        },
        ['access-analyzer:ListFindingsV2'],
      ),
    );
  });
  after(() => sim.close());

  it('counts ACTIVE findings across pages and lists their resource types', async () => {
    const { resources, gaps, calls } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    const a = resources[0] as AccessAnalyzer;
    assert.equal(a.uid, `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/acct`);
    assert.equal(a.name, 'acct');
    assert.equal(known(a.properties.exists), true);
    assert.equal(known(a.properties.analyzerType), 'ACCOUNT');
    assert.equal(known(a.properties.status), 'ACTIVE');
    assert.equal(known(a.properties.activeFindings), 130);
    assert.deepEqual(known(a.properties.activeFindingResourceTypes), ['AWS::IAM::Role', 'AWS::S3::Bucket']);
    assert.equal(calls.filter((c) => c === 'access-analyzer:ListFindingsV2').length, 2);
  });

  it('an analyzer without findings has zero', async () => {
    const a = (await run(sim, collector, 'eu-west-1')).resources[0] as AccessAnalyzer;
    assert.equal(known(a.properties.analyzerType), 'ORGANIZATION');
    assert.equal(known(a.properties.activeFindings), 0);
  });

  it('a region without analyzer emits one with exists false', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1');
    assert.deepEqual(gaps, []);
    const a = resources[0] as AccessAnalyzer;
    assert.equal(a.uid, `arn:aws:access-analyzer:eu-central-1:${ACCOUNT}:analyzer/(none)`);
    assert.equal(known(a.properties.exists), false);
    assert.equal(known(a.properties.analyzerType), null);
  });

  it('findings denied: counts unknown with a gap, the analyzer itself known', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1', true);
    const a = resources[0] as AccessAnalyzer;
    assert.equal(known(a.properties.exists), true);
    assert.equal(a.properties.activeFindings.kind, 'unresolvable');
    assert.equal(a.properties.activeFindingResourceTypes.kind, 'unresolvable');
    assert.deepEqual(gaps.map((g) => `${g.call}:${g.reason}`), ['access-analyzer:ListFindingsV2:AccessDenied']);
  });
});
