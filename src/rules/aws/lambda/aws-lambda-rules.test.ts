import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable, type Value } from '../../../model/core/index.js';
import type { ModelResource } from '../../../model/types.js';
import type { PolicyDocument } from '../../../model/aws/policy.js';
import type { Outcome, RuleContext } from '../../kit/index.js';
import envSecrets from './aws-lambda-function-env-secrets.js';
import runtime from './aws-lambda-function-deprecated-runtime.js';
import publicPolicy from './aws-lambda-function-public-policy.js';

const ctx = { now: new Date('2026-06-01T00:00:00Z') } as RuleContext;
function fn(p: { env?: Value<Readonly<Record<string, string>>>; runtime?: Value<string | null>; policy?: Value<PolicyDocument | null> }): ModelResource<'aws.lambda.function'> {
  return {
    uid: 'fn', type: 'aws.lambda.function', provider: 'aws', name: 'fn', tags: explicit({}), origin: { kind: 'live', call: 'test' }, source: { kind: 'none' },
    properties: {
      functionName: explicit('fn'), runtime: p.runtime ?? explicit('nodejs22.x'), role: explicit('r'), environment: p.env ?? explicit({}), policy: p.policy ?? explicit(null),
      tracingMode: explicit('PassThrough'), inVpc: explicit(false), kmsKeyArn: explicit(null), deadLetterTarget: explicit(null), reservedConcurrency: explicit(null),
    },
  };
}
const outs = (o: Outcome | readonly Outcome[] | undefined): Outcome[] => (o === undefined ? [] : Array.isArray(o) ? [...(o as Outcome[])] : [o as Outcome]);

test('env secrets: named secrets and key patterns fail, pointers pass, evidence is sensitive', () => {
  const o = outs(envSecrets.evaluate(fn({ env: explicit({ DB_PASSWORD: 'pw-literal', STRIPE_API_KEY: 'sk_live_x', KEYS: 'AKIAIOSFODNN7EXAMPLE', LOG_LEVEL: 'debug' }) }), ctx));
  assert.deepEqual(o.map((x) => x.discriminator).sort(), ['environment.DB_PASSWORD', 'environment.KEYS', 'environment.STRIPE_API_KEY']);
  assert.ok(o.every((x) => x.status === 'fail' && x.evidence.every((e) => e.sensitive === true)));
  const ok = outs(envSecrets.evaluate(fn({ env: explicit({ DB_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:x', TOKEN_PARAMETER_NAME: '/app/token', PASSWORD: '{{resolve:secretsmanager:db}}', SECRET: '' }) }), ctx));
  assert.deepEqual(ok.map((x) => x.status), ['pass']);
  assert.deepEqual(outs(envSecrets.evaluate(fn({ env: unresolvable('var.env') }), ctx)).map((x) => x.status), ['unknown']);
});

test('deprecated runtime: dated table against ctx.now; container images not applicable', () => {
  assert.equal(outs(runtime.evaluate(fn({ runtime: explicit('python3.8') }), ctx))[0]?.status, 'fail');
  assert.equal(outs(runtime.evaluate(fn({ runtime: explicit('nodejs20.x') }), ctx))[0]?.status, 'fail'); // 2026-04-30 < now
  assert.equal(outs(runtime.evaluate(fn({ runtime: explicit('nodejs20.x') }), { ...ctx, now: new Date('2026-01-01T00:00:00Z') }))[0]?.status, 'pass');
  assert.equal(outs(runtime.evaluate(fn({ runtime: explicit('python3.13') }), ctx))[0]?.status, 'pass');
  assert.equal(runtime.evaluate(fn({ runtime: explicit(null) }), ctx), undefined);
  assert.equal(outs(runtime.evaluate(fn({ runtime: unresolvable('var.rt') }), ctx))[0]?.status, 'unknown');
});

test('public policy: * without condition fails per statement; narrowed or service principals pass', () => {
  const doc: PolicyDocument = {
    Statement: [
      { Sid: 'a', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' },
      { Sid: 'b', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::b' } } },
      { Sid: 'c', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction' },
    ],
  };
  const o = outs(publicPolicy.evaluate(fn({ policy: explicit(doc) }), ctx));
  assert.deepEqual(o.map((x) => [x.status, x.discriminator]), [['fail', 'Statement[a]']]);
  assert.equal(outs(publicPolicy.evaluate(fn({ policy: explicit(null) }), ctx))[0]?.status, 'pass');
});
