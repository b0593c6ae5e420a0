import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureContext, modelFixture, s3BucketProps, v, type Outcome } from '../../kit/index.js';
import rule from './aws-s3-bucket-object-lock.js';

test('applies only to log or backup buckets', () => {
  const plain = modelFixture('aws.s3.bucket', 'acme-catalogs', s3BucketProps('acme-catalogs'));
  assert.equal(rule.evaluate(plain, fixtureContext([plain])), undefined);
  const logs = modelFixture('aws.s3.bucket', 'acme-logs', s3BucketProps('acme-logs'));
  assert.equal((rule.evaluate(logs, fixtureContext([logs])) as Outcome).status, 'fail');
  const tagged = modelFixture('aws.s3.bucket', 'x1', s3BucketProps('x1', { objectLockEnabled: v(true) }), { tags: { DataClassification: 'Backup' } });
  assert.equal((rule.evaluate(tagged, fixtureContext([tagged])) as Outcome).status, 'pass');
});

test('a bucket receiving another bucket\'s access logs is a log bucket whatever its name', () => {
  const target = modelFixture('aws.s3.bucket', 'acme-x9', s3BucketProps('acme-x9'));
  const src = modelFixture('aws.s3.bucket', 'acme-data', s3BucketProps('acme-data', { loggingTargetBucket: v('acme-x9') }));
  assert.equal((rule.evaluate(target, fixtureContext([target, src])) as Outcome).status, 'fail');
  assert.equal(rule.evaluate(src, fixtureContext([target, src])), undefined);
});
