import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResourceTypeMap } from '../../../model/types.js';
import { fixtureContext, modelFixture, v, type Outcome } from '../../kit/index.js';
import rule from './aws-config-recorder-all-resources.js';

const rec = (region: string, o: Partial<ResourceTypeMap['aws.config.recorder']>) =>
  modelFixture('aws.config.recorder', region, {
    exists: v(true), recording: v(true), allSupported: v(true), includeGlobalResourceTypes: v(false), lastStatus: v('SUCCESS'), deliveryBucket: v('acme-config-history'), ruleCount: v(12), ...o,
  }, { account: '111122223333', region });

test('global types need recording in one region of the account only', () => {
  const a = rec('eu-west-1', {});
  assert.equal((rule.evaluate(a, fixtureContext([a])) as Outcome).status, 'fail');
  const b = rec('us-east-1', { includeGlobalResourceTypes: v(true) });
  assert.equal((rule.evaluate(a, fixtureContext([a, b])) as Outcome).status, 'pass');
});

test('a selected list fails; a missing recorder is not this rule\'s finding', () => {
  const sel = rec('eu-west-1', { allSupported: v(false), includeGlobalResourceTypes: v(true) });
  assert.equal((rule.evaluate(sel, fixtureContext([sel])) as Outcome).status, 'fail');
  const none = rec('eu-west-2', { exists: v(false), recording: v(false), allSupported: v(false) });
  assert.equal(rule.evaluate(none, fixtureContext([none])), undefined);
});
