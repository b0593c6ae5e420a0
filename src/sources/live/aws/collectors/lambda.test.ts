import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LambdaFunction, LambdaFunctionUrl } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import type { CollectorTestResult } from '../testing.js';
import collector from './lambda.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';
import { lambdaSection } from './edge/planted.js';

describe('lambda collector against simcloud', () => {
  let sim: RunningSimcloud;
  // One scan of the main region, shared by the tests that only read it.
  let main: Promise<CollectorTestResult>;
  before(async () => {
    // 2 planted + 50 filler functions: ListFunctions (50 a page) needs two pages.
    sim = await startSimcloud(worldOf({ [REGION]: { lambda: lambdaSection(50) }, 'eu-central-1': { lambda: lambdaSection() } }, ['lambda:GetPolicy']));
    main = run(sim, collector);
  });
  after(() => sim.close());

  it('emits functions with runtime, role, environment, parsed policy or null, tracing, VPC, KMS, DLQ and concurrency', async () => {
    const { resources, gaps, calls } = await main;
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'lambda:ListFunctions').length, 2);
    assert.equal(ofType(resources, 'aws.lambda.function').length, 52);
    const pub = named<LambdaFunction>(resources, 'public-fn');
    assert.equal(pub.uid, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:public-fn`);
    assert.deepEqual(pub.origin, { kind: 'live', call: 'lambda:ListFunctions' });
    assert.equal(known(pub.properties.runtime), 'python3.7');
    assert.equal(known(pub.properties.role), `arn:aws:iam::${ACCOUNT}:role/fn-role`);
    assert.equal(known(pub.properties.environment).DB_PASSWORD, 'hunter2-production-secret');
    assert.equal(known(pub.properties.policy)?.Statement[0]?.Principal, '*');
    assert.deepEqual(pub.properties.policy.source, { kind: 'api', call: 'lambda:GetPolicy', region: REGION, account: ACCOUNT });
    assert.equal(known(pub.properties.tracingMode), 'PassThrough');
    assert.equal(known(pub.properties.inVpc), false);
    assert.equal(known(pub.properties.kmsKeyArn), null);
    assert.equal(known(pub.properties.deadLetterTarget), null);
    assert.equal(known(pub.properties.reservedConcurrency), null);
    assert.deepEqual(known(pub.tags), { team: 'growth' });
    const priv = named<LambdaFunction>(resources, 'private-fn');
    assert.equal(known(priv.properties.tracingMode), 'Active');
    assert.equal(known(priv.properties.inVpc), true);
    assert.match(known(priv.properties.kmsKeyArn) ?? '', /key\/k1$/);
    assert.match(known(priv.properties.deadLetterTarget) ?? '', /:dlq$/);
    assert.equal(known(priv.properties.reservedConcurrency), 5);
    // No policy is a real answer (ResourceNotFoundException), not a gap.
    assert.equal(known(named<LambdaFunction>(resources, 'filler-0').properties.policy), null);
  });

  it('emits function URLs pointing at the function uid, with auth type and CORS origins', async () => {
    const { resources } = await main;
    const urls = ofType<LambdaFunctionUrl>(resources, 'aws.lambda.function-url');
    assert.equal(urls.length, 2);
    const open = urls.find((u) => known(u.properties.authType) === 'NONE');
    assert.ok(open);
    assert.equal(known(open.properties.functionId), `arn:aws:lambda:${REGION}:${ACCOUNT}:function:public-fn`);
    assert.deepEqual(known(open.properties.corsAllowOrigins), ['*']);
    assert.match(open.name, /^https:\/\/[0-9a-f]+\.lambda-url\.eu-west-1\.on\.aws\/$/);
    assert.ok(urls.some((u) => known(u.properties.authType) === 'AWS_IAM'));
  });

  it('AccessDenied on GetPolicy leaves the policy unknown with a gap; the rest stays known', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.equal(gaps.length, 2);
    assert.ok(gaps.every((g) => g.reason === 'AccessDenied' && g.call === 'lambda:GetPolicy' && g.resourceId?.startsWith('arn:aws:lambda:')));
    const pub = named<LambdaFunction>(resources, 'public-fn');
    assert.equal(pub.properties.policy.kind, 'unresolvable');
    assert.match(pub.properties.policy.reason ?? '', /lambda:GetPolicy failed: AccessDenied/);
    assert.equal(known(pub.properties.runtime), 'python3.7');
  });
});
