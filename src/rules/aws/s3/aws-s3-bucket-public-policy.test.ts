import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable } from '../../../model/core/index.js';
import type { PolicyDocument } from '../../../model/aws/policy.js';
import { fixtureContext, modelFixture, s3BucketProps, v, type Outcome } from '../../kit/index.js';
import rule from './aws-s3-bucket-public-policy.js';

const doc: PolicyDocument = {
  Statement: [
    { Sid: 'Vpce', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } },
    { Sid: 'Open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' },
  ],
};
const pab = (restrict: boolean) => ({ blockPublicAcls: v(true), ignorePublicAcls: v(true), blockPublicPolicy: v(false), restrictPublicBuckets: v(restrict) });
const list = (o: ReturnType<typeof rule.evaluate>) => (Array.isArray(o) ? o : [o]) as Outcome[];

test('one fail per unconditioned public statement, pointing at that statement', () => {
  const b = modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { policy: v(doc), publicAccessBlock: pab(false) }));
  const out = list(rule.evaluate(b, fixtureContext([b])));
  assert.deepEqual(out.map((o) => [o.status, o.discriminator]), [['fail', 'Statement[1]']]);
  assert.match(out[0]!.message, /Open/);
});

test('RestrictPublicBuckets makes it moot; unresolvable RestrictPublicBuckets is unknown', () => {
  const on = modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { policy: v(doc), publicAccessBlock: pab(true) }));
  assert.deepEqual(list(rule.evaluate(on, fixtureContext([on]))).map((o) => o.status), ['pass']);
  const unk = modelFixture('aws.s3.bucket', 'u', s3BucketProps('u', { policy: v(doc), publicAccessBlock: { ...pab(false), restrictPublicBuckets: unresolvable('var.r') } }));
  assert.deepEqual(list(rule.evaluate(unk, fixtureContext([unk]))).map((o) => o.status), ['unknown']);
});

test('no policy passes; unresolvable policy is unknown', () => {
  const none = modelFixture('aws.s3.bucket', 'n', s3BucketProps('n'));
  assert.deepEqual(list(rule.evaluate(none, fixtureContext([none]))).map((o) => o.status), ['pass']);
  const unk = modelFixture('aws.s3.bucket', 'u', s3BucketProps('u', { policy: unresolvable('var.policy') }));
  assert.deepEqual(list(rule.evaluate(unk, fixtureContext([unk]))).map((o) => o.status), ['unknown']);
});
