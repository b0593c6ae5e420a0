import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../../model/audit/event.js';
import { codeOwnersState } from './aws-cloudtrail-lambda-code-updated-new-principal.js';

let n = 0;
const update = (actor: string, functionName: string, action = 'UpdateFunctionCode20150331v2', region = 'us-east-1'): AuditEvent => ({ id: `e${++n}`, time: n * 1000, provider: 'aws', account: '222222222222', region, actor: { type: 'AssumedRole', id: `arn:aws:iam::222222222222:role/${actor}`, name: actor, mfa: null }, service: 'lambda', action, readOnly: false, resources: [], request: { functionName }, origin: { file: 't', index: n } });

test('the first principal owns a function; each newcomer is reported once', () => {
  const s = codeOwnersState();
  assert.equal(s.push(update('deploy', 'f')).length, 0);
  assert.equal(s.push(update('deploy', 'f')).length, 0);
  const fired = s.push(update('mallory', 'f'));
  assert.equal(fired.length, 1);
  assert.match(fired[0]!.message, /mallory changed the code of function f, until now deployed only by deploy/);
  assert.equal(s.push(update('mallory', 'f')).length, 0, 'a newcomer is reported once');
});

test('CreateFunction sets the owner; names and ARNs are the same function; regions differ', () => {
  const s = codeOwnersState();
  assert.equal(s.push(update('deploy', 'f', 'CreateFunction20150331')).length, 0);
  assert.equal(s.push(update('mallory', 'arn:aws:lambda:us-east-1:222222222222:function:f:$LATEST')).length, 1);
  assert.equal(s.push(update('mallory', 'f', 'UpdateFunctionCode20150331v2', 'eu-west-1')).length, 0, 'another region is another function');
});
