import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SqsQueue } from '../../model/aws/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import sqs from '../../sources/live/aws/collectors/sqs.js';
import { ACCOUNT, REGION, accountPolicy, apiSource, known, named, publicPolicy, run, start } from './world.js';

const queueArn = (n: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${n}`;

// ListQueues pages at 1000 URLs (the collector asks for the maximum), so the pagination case needs > 1000 queues.
describe('sqs collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await start(
      {
        sqs: {
          Queues: [
            { QueueName: 'jobs', Attributes: { SqsManagedSseEnabled: 'false', Policy: publicPolicy('sqs:SendMessage', queueArn('jobs')) } },
            { QueueName: 'sse', Attributes: { SqsManagedSseEnabled: 'true' } },
            { QueueName: 'kms', Attributes: { KmsMasterKeyId: 'alias/app', SqsManagedSseEnabled: 'false', Policy: accountPolicy('sqs:*', queueArn('kms')) } },
            ...Array.from({ length: 1100 }, (_, i) => ({ QueueName: `q${i}`, Attributes: { SqsManagedSseEnabled: 'true' } })),
          ],
        },
      },
      ['sqs:ListQueues'],
    );
  });
  after(() => sim.close());

  it('sqs: every queue across pages, with SSE-SQS, KMS key and policy', async () => {
    const { resources, gaps, calls } = await run(sim, sqs);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1103);
    assert.equal(calls.filter((c) => c === 'sqs:ListQueues').length, 2);
    const jobs = named<SqsQueue>(resources, 'jobs');
    assert.equal(jobs.uid, queueArn('jobs'));
    assert.equal(known(jobs.properties.sqsManagedSse), false);
    assert.equal(known(jobs.properties.kmsKeyId), null);
    assert.equal(known(jobs.properties.policy)?.Statement[0]?.Principal, '*');
    assert.deepEqual(jobs.properties.sqsManagedSse.source, apiSource('sqs:GetQueueAttributes'));
    assert.equal(known(named<SqsQueue>(resources, 'sse').properties.sqsManagedSse), true);
    assert.equal(known(named<SqsQueue>(resources, 'kms').properties.kmsKeyId), 'alias/app');
  });

  it('sqs: denied ListQueues emits nothing and records the gap', async () => {
    const { resources, gaps } = await run(sim, sqs, true);
    assert.equal(resources.length, 0);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]?.call, 'sqs:ListQueues');
    assert.equal(gaps[0]?.reason, 'AccessDenied');
  });

});
