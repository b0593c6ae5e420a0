import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { fixtureContext, modelFixture, s3BucketProps, v, type Outcome } from '../../kit/index.js';
import rule from './aws-s3-bucket-cross-account-write.js';

const OWNER = '111122223333';
const bucket = (statements: PolicyStatement[], account?: string) =>
  modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { policy: v({ Statement: statements }) }), account ? { account } : {});
const statuses = (b: ReturnType<typeof bucket>) => {
  const o = rule.evaluate(b, fixtureContext([b]));
  return (Array.isArray(o) ? o : [o]).map((x: Outcome) => x.status);
};
const put = (principal: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Principal: { AWS: principal }, Action: 's3:Put*', Resource: '*', ...extra });

test('known owner: another account with write fails, own account passes, read-only passes', () => {
  assert.deepEqual(statuses(bucket([put('arn:aws:iam::444455556666:role/x')], OWNER)), ['fail']);
  assert.deepEqual(statuses(bucket([put(`arn:aws:iam::${OWNER}:root`)], OWNER)), ['pass']);
  assert.deepEqual(statuses(bucket([{ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 's3:GetObject', Resource: '*' }], OWNER)), ['pass']);
});

test('unknown owner: one account is unknown, two distinct accounts fail', () => {
  assert.deepEqual(statuses(bucket([put('444455556666')])), ['unknown']);
  assert.deepEqual(statuses(bucket([put(['444455556666', 'arn:aws:iam::777788889999:root'])])), ['fail']);
});

test('organization-narrowed grants, service principals and deletes via s3:*', () => {
  const org = put(['444455556666', '777788889999'], { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } });
  assert.deepEqual(statuses(bucket([org], OWNER)), ['pass']);
  assert.deepEqual(statuses(bucket([{ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: '*' }], OWNER)), ['pass']);
  assert.deepEqual(statuses(bucket([{ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 's3:*', Resource: '*' }], OWNER)), ['fail']);
});
