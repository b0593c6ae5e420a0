import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Secret, SnsTopic } from '../../model/aws/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import secretsmanager from '../../sources/live/aws/collectors/secretsmanager.js';
import sns from '../../sources/live/aws/collectors/sns.js';
import { ACCOUNT, REGION, accountPolicy, apiSource, known, named, publicPolicy, run, start } from './world.js';

const topicArn = (n: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${n}`;
const secretArn = (n: string) => `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${n}-AbCdEf`;

describe('sns and secretsmanager collectors against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await start(
      {
        sns: {
          Topics: [
            { TopicArn: topicArn('alerts'), Attributes: { Policy: publicPolicy('sns:Publish', topicArn('alerts')) } },
            { TopicArn: topicArn('billing'), Attributes: { KmsMasterKeyId: 'alias/aws/sns', Policy: accountPolicy('sns:Publish', topicArn('billing')) } },
            ...Array.from({ length: 99 }, (_, i) => ({ TopicArn: topicArn(`t${i}`), Attributes: {} })),
          ],
        },
        secretsmanager: {
          Secrets: [
            { ARN: secretArn('db-password'), Name: 'db-password', RotationEnabled: false, Tags: [{ Key: 'team', Value: 'db' }], CreatedDate: '2025-01-01T00:00:00Z' },
            { ARN: secretArn('api-key'), Name: 'api-key', KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/sm`, RotationEnabled: true, RotationLambdaARN: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:rotate`, RotationRules: { AutomaticallyAfterDays: 30 }, LastRotatedDate: '2026-03-01T00:00:00Z' },
            { ARN: secretArn('token'), Name: 'token', RotationEnabled: true, RotationRules: { ScheduleExpression: 'rate(10 days)' } },
            ...Array.from({ length: 98 }, (_, i) => ({ ARN: secretArn(`s${i}`), Name: `s${i}`, RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 90 } })),
          ],
          ResourcePolicies: { token: publicPolicy('secretsmanager:GetSecretValue', '*') },
        },
      },
      ['sns:GetTopicAttributes', 'secretsmanager:GetResourcePolicy'],
    );
  });
  after(() => sim.close());

  it('sns: every topic across pages, with KMS key and parsed policy', async () => {
    const { resources, gaps, calls } = await run(sim, sns);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 101);
    assert.equal(calls.filter((c) => c === 'sns:ListTopics').length, 2);
    const alerts = named<SnsTopic>(resources, 'alerts');
    assert.equal(alerts.uid, topicArn('alerts'));
    assert.equal(known(alerts.properties.kmsKeyId), null);
    assert.equal(known(alerts.properties.policy)?.Statement[0]?.Principal, '*');
    assert.deepEqual(alerts.properties.policy.source, apiSource('sns:GetTopicAttributes'));
    assert.equal(known(named<SnsTopic>(resources, 'billing').properties.kmsKeyId), 'alias/aws/sns');
    assert.equal(known(named<SnsTopic>(resources, 't0').properties.policy), null);
  });

  it('sns: denied GetTopicAttributes leaves encryption and policy unknown with gaps', async () => {
    const { resources, gaps } = await run(sim, sns, true);
    const alerts = named<SnsTopic>(resources, 'alerts');
    assert.equal(alerts.properties.kmsKeyId.kind, 'unresolvable');
    assert.equal(alerts.properties.policy.kind, 'unresolvable');
    assert.equal(gaps.length, 101);
    assert.equal(gaps[0]?.reason, 'AccessDenied');
  });

  it('secretsmanager: every secret across pages, with rotation, period, KMS key and policy', async () => {
    const { resources, gaps, calls } = await run(sim, secretsmanager);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 101);
    assert.equal(calls.filter((c) => c === 'secretsmanager:ListSecrets').length, 2);
    const db = named<Secret>(resources, 'db-password');
    assert.equal(db.uid, secretArn('db-password'));
    assert.equal(known(db.properties.rotationEnabled), false);
    assert.equal(known(db.properties.rotationDays), null);
    assert.equal(known(db.properties.kmsKeyId), null);
    assert.equal(known(db.properties.policy), null);
    assert.deepEqual(known(db.tags), { team: 'db' });
    const api = named<Secret>(resources, 'api-key');
    assert.equal(known(api.properties.rotationEnabled), true);
    assert.equal(known(api.properties.rotationDays), 30);
    assert.equal(known(api.properties.kmsKeyId), `arn:aws:kms:${REGION}:${ACCOUNT}:key/sm`);
    const token = named<Secret>(resources, 'token');
    assert.equal(known(token.properties.rotationDays), 10);
    assert.equal(known(token.properties.policy)?.Statement[0]?.Action, 'secretsmanager:GetSecretValue');
  });

  it('secretsmanager: denied GetResourcePolicy leaves policies unknown, rotation still known', async () => {
    const { resources, gaps } = await run(sim, secretsmanager, true);
    const token = named<Secret>(resources, 'token');
    assert.equal(token.properties.policy.kind, 'unresolvable');
    assert.equal(known(token.properties.rotationEnabled), true);
    assert.equal(gaps.length, 101);
    assert.ok(gaps.every((g) => g.call === 'secretsmanager:GetResourcePolicy' && g.reason === 'AccessDenied'));
  });
});
