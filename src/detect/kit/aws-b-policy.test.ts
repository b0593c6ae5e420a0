import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountOf, grantsAdmin, isAdminManagedPolicy, isPublicPrincipal, isUnknownAccount, publicAllowStatements, statementsOf } from './aws-b-policy.js';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

test('public principals', () => {
  for (const p of ['*', { AWS: '*' }, { AWS: ['arn:aws:iam::111122223333:root', '*'] }]) assert.ok(isPublicPrincipal(p), JSON.stringify(p));
  for (const p of [{ AWS: 'arn:aws:iam::111122223333:root' }, { Service: 'cloudtrail.amazonaws.com' }, undefined, 'arn:aws:iam::1:root']) assert.ok(!isPublicPrincipal(p), JSON.stringify(p));
});

test('public allow statements: string or object documents, narrowing conditions, denies', () => {
  const open = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
  assert.equal(publicAllowStatements(JSON.stringify(doc(open))).length, 1);
  assert.equal(publicAllowStatements(doc(open)).length, 1);
  assert.equal(publicAllowStatements(doc({ ...open, Effect: 'Deny' })).length, 0);
  assert.equal(publicAllowStatements(doc({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })).length, 0);
  assert.equal(publicAllowStatements(doc({ ...open, Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } })).length, 0);
  assert.equal(publicAllowStatements(doc({ ...open, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })).length, 1);
  assert.equal(publicAllowStatements(doc({ ...open, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })).length, 1);
  assert.equal(publicAllowStatements('not json').length, 0);
  // A single statement object instead of a list.
  assert.equal(statementsOf({ Statement: open }).length, 1);
  // IAM documents are sometimes logged URL-encoded.
  assert.equal(publicAllowStatements(encodeURIComponent(JSON.stringify(doc(open)))).length, 1);
});

test('admin documents and managed policies', () => {
  assert.ok(grantsAdmin(JSON.stringify(doc({ Effect: 'Allow', Action: '*', Resource: '*' }))));
  assert.ok(grantsAdmin(doc({ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] })));
  assert.ok(!grantsAdmin(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })));
  assert.ok(!grantsAdmin(doc({ Effect: 'Allow', NotAction: 'iam:*', Action: '*', Resource: '*' })));
  assert.ok(!grantsAdmin(doc({ Effect: 'Deny', Action: '*', Resource: '*' })));
  assert.ok(isAdminManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess'));
  assert.ok(isAdminManagedPolicy('arn:aws-us-gov:iam::aws:policy/AdministratorAccess'));
  assert.ok(!isAdminManagedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess'));
});

test('accounts: ids and ARNs; unknown = neither own nor listed', () => {
  assert.equal(accountOf('111122223333'), '111122223333');
  assert.equal(accountOf('arn:aws:iam::111122223333:root'), '111122223333');
  assert.equal(accountOf('all'), undefined);
  assert.ok(isUnknownAccount('111122223333', '222222222222', new Set()));
  assert.ok(!isUnknownAccount('222222222222', '222222222222', new Set()));
  assert.ok(!isUnknownAccount('111122223333', '222222222222', new Set(['111122223333'])));
});
