import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { S3AccessPoint } from '../../../../model/aws/s3.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './s3-access-points.js';
import { ACCOUNT, DENIED_KEY, known, named, run, startSimcloud } from './monitoring/test-world.js';

const R = 'eu-west-1';
const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:${R}:${ACCOUNT}:accesspoint/open/object/*` }] });

describe('s3-access-points collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud({
      regions: ['us-east-1', 'eu-west-1'],
      accounts: [{
        id: ACCOUNT,
        name: 'prod',
        services: {
          s3: {
            Buckets: [{ Name: 'data', Region: R }],
            AccessPoints: [
              { Name: 'open', Bucket: 'data', Region: R, PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false }, Policy: publicPolicy },
              { Name: 'internal', Bucket: 'data', Region: R, VpcConfiguration: { VpcId: 'vpc-1' } },
              { Name: 'elsewhere', Bucket: 'data', Region: 'us-east-1' },
            ],
          },
        },
      }],
      credentials: [{ accessKeyId: DENIED_KEY, secretAccessKey: 'denied-secret', accountId: ACCOUNT, principal: 'user/auditor', denied: ['s3:GetAccessPointPolicy'] }],
    });
  });
  after(() => sim.close());

  it('emits the region\'s access points with origin, switches and parsed policy', async () => {
    const { resources, gaps } = await run(sim, collector, R);
    assert.deepEqual(gaps, []);
    assert.deepEqual(resources.map((r) => r.name).sort(), ['internal', 'open']);
    const open = named<S3AccessPoint>(resources, 'open');
    assert.equal(open.uid, `arn:aws:s3:${R}:${ACCOUNT}:accesspoint/open`);
    assert.deepEqual(open.origin, { kind: 'live', call: 's3control:ListAccessPoints' });
    assert.equal(known(open.properties.bucketName), 'data');
    assert.equal(known(open.properties.networkOrigin), 'Internet');
    assert.equal(known(open.properties.publicAccessBlock.blockPublicAcls), false);
    assert.equal(known(open.properties.publicAccessBlock.ignorePublicAcls), true);
    assert.deepEqual(open.properties.publicAccessBlock.blockPublicPolicy.source, { kind: 'api', call: 's3control:GetAccessPoint', region: R, account: ACCOUNT });
    assert.equal(known(open.properties.policy)?.Statement[0]?.Principal, '*');
    const internal = named<S3AccessPoint>(resources, 'internal');
    assert.equal(known(internal.properties.networkOrigin), 'VPC');
    // CreateAccessPoint's default: every switch on; no policy is a real null, not a gap.
    assert.equal(known(internal.properties.publicAccessBlock.restrictPublicBuckets), true);
    assert.equal(known(internal.properties.policy), null);
  });

  it('a denied policy read leaves the policy unknown with the reason, and records the gap', async () => {
    const { resources, gaps } = await run(sim, collector, R, true);
    assert.equal(resources.length, 2);
    assert.deepEqual([...new Set(gaps.map((g) => g.call))], ['s3control:GetAccessPointPolicy']);
    const open = named<S3AccessPoint>(resources, 'open');
    assert.equal(open.properties.policy.kind, 'unresolvable');
    assert.match(open.properties.policy.reason ?? '', /AccessDenied/);
    assert.equal(known(open.properties.publicAccessBlock.blockPublicPolicy), false);
  });
});
