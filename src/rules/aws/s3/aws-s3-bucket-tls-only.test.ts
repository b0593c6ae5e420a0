import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { fixtureContext, modelFixture, s3BucketProps, v, type Outcome } from '../../kit/index.js';
import rule from './aws-s3-bucket-tls-only.js';

const deny = (extra: Partial<PolicyStatement>): PolicyStatement => ({
  Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra,
});
const status = (statements: PolicyStatement[] | null) => {
  const b = modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { policy: v(statements === null ? null : { Statement: statements }) }));
  return (rule.evaluate(b, fixtureContext([b])) as Outcome).status;
};

test('deny-all without TLS passes; missing policy, partial actions or a named principal fail', () => {
  assert.equal(status([deny({})]), 'pass');
  assert.equal(status([deny({ Condition: { Bool: { 'aws:SecureTransport': ['false'] } }, Action: ['s3:GetObject', 's3:PutObject'] })]), 'pass');
  assert.equal(status(null), 'fail');
  assert.equal(status([deny({ Action: 's3:PutObject' })]), 'fail');
  assert.equal(status([deny({ Principal: { AWS: 'arn:aws:iam::111122223333:role/x' } })]), 'fail');
  assert.equal(status([deny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })]), 'fail');
});
