import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable, type Value } from '../../../model/core/index.js';
import { fixtureContext, modelFixture, v, type Outcome } from '../../kit/index.js';
import rule from './aws-sqs-queue-encrypted.js';

const status = (kmsKeyId: Value<string | null>, sqsManagedSse: Value<boolean>) => {
  const q = modelFixture('aws.sqs.queue', 'q', { kmsKeyId, sqsManagedSse, policy: v(null) });
  return (rule.evaluate(q, fixtureContext([q])) as Outcome).status;
};

test('either SSE-KMS or SSE-SQS passes; neither fails; a known pass wins over an unknown', () => {
  assert.equal(status(v('alias/aws/sqs'), v(false)), 'pass');
  assert.equal(status(v(null), v(true)), 'pass');
  assert.equal(status(v(null), v(false)), 'fail');
  assert.equal(status(unresolvable('var.key'), v(true)), 'pass');
  assert.equal(status(unresolvable('var.key'), v(false)), 'unknown');
});
