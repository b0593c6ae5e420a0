import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable, type Value } from '../../../model/core/index.js';
import type { ResourceTypeMap } from '../../../model/types.js';
import { fixtureContext, modelFixture, v, type Outcome } from '../../kit/index.js';
import rule from './aws-kms-key-rotation.js';

const key = (o: Partial<ResourceTypeMap['aws.kms.key']>) =>
  modelFixture('aws.kms.key', 'k', {
    keyManager: v('CUSTOMER' as const) as Value<'CUSTOMER' | 'AWS'>, keySpec: v('SYMMETRIC_DEFAULT'), rotationEnabled: v(false), enabled: v(true), pendingDeletion: v(false), policy: v(null), ...o,
  });
const run = (k: ReturnType<typeof key>) => rule.evaluate(k, fixtureContext([k])) as Outcome | undefined;

test('symmetric customer keys are judged; others are not applicable', () => {
  assert.equal(run(key({}))?.status, 'fail');
  assert.equal(run(key({ rotationEnabled: v(true) }))?.status, 'pass');
  assert.equal(run(key({ keySpec: v('RSA_2048') })), undefined);
  assert.equal(run(key({ keyManager: v('AWS' as const) })), undefined);
  assert.equal(run(key({ pendingDeletion: v(true) })), undefined);
});

test('unknown key spec or rotation is unknown', () => {
  assert.equal(run(key({ keySpec: unresolvable('var.spec') }))?.status, 'unknown');
  assert.equal(run(key({ rotationEnabled: unresolvable('var.rotate') }))?.status, 'unknown');
  // A known asymmetric spec settles it even when the manager is unknown.
  assert.equal(run(key({ keySpec: v('ECC_NIST_P256'), keyManager: unresolvable('x') })), undefined);
});
