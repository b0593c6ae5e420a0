import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureContext, v } from '../../kit/aws-logging-fixtures.js';
import { accessKey, iamUser } from '../../kit/fixtures-iam.js';
import type { Outcome } from '../../kit/index.js';
import rotation from './aws-iam-access-key-rotation.js';
import unused from './aws-iam-credentials-unused.js';

const ctx = fixtureContext([], new Date('2026-06-01T00:00:00Z'));
function statuses(out: Outcome | readonly Outcome[] | undefined): string[] {
  if (out === undefined) return [];
  return (Array.isArray(out) ? out : [out as Outcome]).map((o) => o.status);
}

test('rotation: one verdict per active key at the 90-day boundary; inactive keys ignored', () => {
  const user = iamUser('u', {
    accessKeys: v([
      accessKey('A1', 'Active', '2026-03-03T00:00:00Z'), // 90 days: ok
      accessKey('A2', 'Active', '2026-03-02T00:00:00Z'), // 91 days: too old
      accessKey('A3', 'Inactive', '2020-01-01T00:00:00Z'),
    ]),
  });
  const out = rotation.evaluate(user, ctx) as readonly Outcome[];
  assert.deepEqual(out.map((o) => o.status), ['pass', 'fail']);
  assert.deepEqual(out.map((o) => o.discriminator), ['accessKeys[0]', 'accessKeys[1]']);
  assert.equal(rotation.evaluate(iamUser('none'), ctx), undefined);
});

test('unused: password and keys over 45 days fail, never-used young key passes, no credentials is out of scope', () => {
  assert.deepEqual(statuses(unused.evaluate(iamUser('p', { hasConsolePassword: v(true), passwordLastUsed: v('2026-04-10T00:00:00Z') }), ctx)), ['fail']);
  assert.deepEqual(statuses(unused.evaluate(iamUser('p', { hasConsolePassword: v(true), passwordLastUsed: v('2026-04-20T00:00:00Z') }), ctx)), ['pass']);
  assert.deepEqual(statuses(unused.evaluate(iamUser('k', { accessKeys: v([accessKey('K', 'Active', '2026-05-20T00:00:00Z', null)]) }), ctx)), ['pass']);
  assert.deepEqual(statuses(unused.evaluate(iamUser('k', { accessKeys: v([accessKey('K', 'Inactive', '2020-01-01T00:00:00Z', null)]) }), ctx)), []);
  assert.deepEqual(statuses(unused.evaluate(iamUser('nothing'), ctx)), []);
});
