import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable, type Provenance } from '../../model/core/index.js';
import { all, at, check, evidence, fail, pass, unknown } from './outcome.js';

const api: Provenance = { kind: 'api', call: 's3:GetBucketPolicy', account: '111111111111', region: 'us-east-1' };
const e1 = evidence('a', explicit(1, api));
const e2 = evidence('b', explicit(2, api));
const e3 = evidence('c', explicit(3, api));

test('all: any failure fails, with only the failures’ messages and evidence, in order', () => {
  const o = all([pass('p', e1), fail('f1', e2), unknown('u', e3), fail('f2', e3)], 'ok');
  assert.deepEqual(o, { status: 'fail', message: 'f1; f2', evidence: [e2, e3] });
});

test('all: with no failure, any unknown is unknown, with the unknowns’ messages and evidence', () => {
  const o = all([pass('p', e1), unknown('u1', e2), unknown('u2')], 'ok');
  assert.deepEqual(o, { status: 'unknown', message: 'u1; u2', evidence: [e2] });
});

test('all: every pass passes with the given message and every evidence', () => {
  assert.deepEqual(all([pass('p1', e1), pass('p2', e2, e3)], 'ok'), { status: 'pass', message: 'ok', evidence: [e1, e2, e3] });
  assert.deepEqual(all([], 'nothing to judge'), { status: 'pass', message: 'nothing to judge', evidence: [] });
});

test('at: adds the discriminator, keeps or replaces the location, and leaves the outcome as it was', () => {
  const o = fail('f', e1);
  assert.deepEqual(at(o, 'ingress[2]'), { status: 'fail', message: 'f', evidence: [e1], discriminator: 'ingress[2]' });
  const located = at(o, 'x', api);
  assert.equal(located.location, api);
  assert.equal(at(located, 'y').location, api, 'an outcome that already points somewhere keeps it');
  assert.equal(o.discriminator, undefined);
  assert.equal('location' in at(o, 'z'), false);
});

test('check: unknown names the path, the reason and where the value came from', () => {
  const v = unresolvable<number>('AccessDenied on GetBucketPolicy', api);
  const o = check('policy.size', v, (n) => n > 0, { pass: 'yes', fail: 'no' });
  assert.equal(o.status, 'unknown');
  assert.match(o.message, /^policy\.size could not be determined: AccessDenied on GetBucketPolicy/);
  assert.equal(check('n', explicit(2, api), (n) => n > 1, { pass: 'yes', fail: 'no' }).status, 'pass');
  assert.equal(check('n', explicit(0, api), (n) => n > 1, { pass: 'yes', fail: 'no' }).message, 'no');
});
