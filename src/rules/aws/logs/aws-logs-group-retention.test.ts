import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable, type Value } from '../../../model/core/index.js';
import { fixtureContext, modelFixture, v, type Outcome } from '../../kit/index.js';
import rule from './aws-logs-group-retention.js';

const status = (retentionDays: Value<number | null>) => {
  const g = modelFixture('aws.logs.log-group', 'g', { retentionDays, kmsKeyId: v(null) });
  return (rule.evaluate(g, fixtureContext([g])) as Outcome).status;
};

test('never-expire and a year or more pass; shorter fails; unresolvable is unknown', () => {
  assert.equal(status(v(null)), 'pass');
  assert.equal(status(v(365)), 'pass');
  assert.equal(status(v(3653)), 'pass');
  assert.equal(status(v(180)), 'fail');
  assert.equal(status(unresolvable('var.days')), 'unknown');
});
