import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable } from '../../../model/core/index.js';
import type { ResourceTypeMap } from '../../../model/types.js';
import { fixtureContext, modelFixture, v, type Outcome } from '../../kit/index.js';
import rule from './aws-cloudtrail-s3-data-events.js';

const ACCOUNT = { account: '111122223333' };
const trail = (name: string, o: Partial<ResourceTypeMap['aws.cloudtrail.trail']>, opts = ACCOUNT) =>
  modelFixture('aws.cloudtrail.trail', name, {
    trailName: v(name), isMultiRegion: v(true), logFileValidation: v(true), kmsKeyId: v(null), isLogging: v(true), includeGlobalServiceEvents: v(true),
    isOrganizationTrail: v(false), s3BucketName: v('logs'), cloudWatchLogsGroupArn: v(null), s3DataEventsRead: v(false), s3DataEventsWrite: v(false), insightTypes: v([]), cloudWatchLogsLastDelivery: v(null), ...o,
  }, opts);

test('a trail logging both passes; write-only fails', () => {
  const both = trail('a', { s3DataEventsRead: v(true), s3DataEventsWrite: v(true) });
  assert.equal((rule.evaluate(both, fixtureContext([both])) as Outcome).status, 'pass');
  const w = trail('w', { s3DataEventsWrite: v(true) });
  const o = rule.evaluate(w, fixtureContext([w])) as Outcome;
  assert.equal(o.status, 'fail');
  assert.match(o.message, /read/);
});

test('covered by another multi-region trail of the same account, not of another account', () => {
  const mgmt = trail('mgmt', {});
  const data = trail('data', { s3DataEventsRead: v(true), s3DataEventsWrite: v(true) });
  assert.equal((rule.evaluate(mgmt, fixtureContext([mgmt, data])) as Outcome).status, 'pass');
  const foreign = trail('data', { s3DataEventsRead: v(true), s3DataEventsWrite: v(true) }, { account: '444455556666' });
  assert.equal((rule.evaluate(mgmt, fixtureContext([mgmt, foreign])) as Outcome).status, 'fail');
  const unk = trail('u', { s3DataEventsRead: unresolvable('var.rw'), s3DataEventsWrite: unresolvable('var.rw') });
  assert.equal((rule.evaluate(unk, fixtureContext([unk])) as Outcome).status, 'unknown');
});
