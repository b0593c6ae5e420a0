import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { asBool, asList, asNumber, asStrings, byAwsService, lambdaAction, lambdaCall, parseJsonParam, principalCall, req } from './aws-b-params.js';

const ev = (over: Partial<AuditEvent>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 's3', action: 'PutBucketPolicy', readOnly: false, resources: [], origin: { file: 't', index: 0 }, ...over });

test('lists however CloudTrail wraps them', () => {
  assert.deepEqual(asList({ items: [1, 2] }), [1, 2]);
  assert.deepEqual(asList([1]), [1]);
  assert.deepEqual(asList({ Key: 'a' }), [{ Key: 'a' }]);
  assert.deepEqual(asList({}), []);
  assert.deepEqual(asList(''), []);
  assert.deepEqual(asList(undefined), []);
  assert.deepEqual(asStrings(['a', 3, '', null, 'b']), ['a', '3', 'b']);
});

test('booleans and numbers from their string forms; absent is not false', () => {
  assert.equal(asBool('false'), false);
  assert.equal(asBool(true), true);
  assert.equal(asBool(undefined), undefined);
  assert.equal(asBool('no'), undefined);
  assert.equal(asNumber('7'), 7);
  assert.equal(asNumber(''), undefined);
  assert.equal(asNumber('seven'), undefined);
});

test('JSON parameters: strings, URL-encoded strings, objects; garbage is undefined', () => {
  assert.deepEqual(parseJsonParam('{"a":1}'), { a: 1 });
  assert.deepEqual(parseJsonParam(encodeURIComponent('{"a":1}')), { a: 1 });
  assert.deepEqual(parseJsonParam({ a: 1 }), { a: 1 });
  assert.equal(parseJsonParam('{nope'), undefined);
  assert.equal(parseJsonParam(42), undefined);
});

test('principal calls: succeeded, not by an AWS service; Lambda versions stripped', () => {
  assert.ok(principalCall(ev({}), 's3', 'PutBucketPolicy'));
  assert.ok(!principalCall(ev({ errorCode: 'AccessDenied' }), 's3', 'PutBucketPolicy'));
  assert.ok(!principalCall(ev({ actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null, invokedBy: 'cloudformation.amazonaws.com' } }), 's3', 'PutBucketPolicy'));
  assert.ok(byAwsService(ev({ actor: { type: 'AWSService', id: 'x', name: 'x', mfa: null } })));
  assert.equal(lambdaAction('AddPermission20150331v2'), 'AddPermission');
  assert.equal(lambdaAction('CreateFunctionUrlConfig'), 'CreateFunctionUrlConfig');
  assert.ok(lambdaCall(ev({ service: 'lambda', action: 'UpdateFunctionCode20150331v2' }), 'UpdateFunctionCode'));
  assert.equal(req(ev({ request: { a: { b: [{ c: 1 }] } } }), 'a', 'b', 0, 'c'), 1);
  assert.equal(req(ev({}), 'a', 'b'), undefined);
});
