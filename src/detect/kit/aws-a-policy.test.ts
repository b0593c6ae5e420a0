import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionMatcher, adminGrant, parseJsonParam, privilegedManagedPolicy, statementsOf, trustedPrincipals } from './aws-a-policy.js';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

test('parseJsonParam: JSON strings, URL-encoded JSON, objects; undefined for anything else', () => {
  assert.deepEqual(parseJsonParam('{"a":1}'), { a: 1 });
  assert.deepEqual(parseJsonParam(encodeURIComponent('{"Statement":[{"Effect":"Allow"}]}')), { Statement: [{ Effect: 'Allow' }] });
  assert.deepEqual(parseJsonParam({ a: 1 }), { a: 1 });
  for (const v of ['', '   ', 'not json', '%ZZ', 42, null, undefined]) assert.equal(parseJsonParam(v), undefined, String(v));
});

test('statementsOf: a single statement object counts as a list of one; junk entries are skipped', () => {
  assert.equal(statementsOf({ Statement: { Effect: 'Allow' } }).length, 1);
  assert.equal(statementsOf({ Statement: [{ Effect: 'Allow' }, 'x', null] }).length, 1);
  assert.deepEqual(statementsOf('nope'), []);
});

test('actionMatcher: IAM wildcards, case-insensitive, no regex injection', () => {
  assert.ok(actionMatcher('iam:Attach*')('iam:AttachRolePolicy'));
  assert.ok(actionMatcher('IAM:put?serPolicy')('iam:PutUserPolicy'));
  assert.ok(actionMatcher('*')('s3:GetObject'));
  assert.ok(!actionMatcher('iam:Get*')('iam:AttachRolePolicy'));
  assert.ok(!actionMatcher('iam.Attach(.*)')('iamXAttach'));
});

test('adminGrant: every action, NotAction, iam:*, escalating IAM actions on every resource', () => {
  assert.match(adminGrant(doc({ Effect: 'Allow', Action: '*', Resource: '*' }))!, /every action on every resource/);
  assert.match(adminGrant(doc({ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }))!, /every action/);
  assert.match(adminGrant(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))!, /except iam:\*/);
  assert.match(adminGrant(doc({ Effect: 'Allow', Action: 'IAM:*', Resource: '*' }))!, /every IAM action/);
  assert.match(adminGrant(doc({ Effect: 'Allow', Action: 'iam:PassRole' }, { Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: 'arn:aws:iam::111122223333:policy/*' }))!, /iam:CreatePolicyVersion/);
  assert.match(adminGrant(doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }))!, /with a condition/);
});

test('adminGrant: scoped, denied or read-only documents are not admin', () => {
  assert.equal(adminGrant(doc({ Effect: 'Deny', Action: '*', Resource: '*' })), undefined);
  assert.equal(adminGrant(doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket/*' })), undefined);
  assert.equal(adminGrant(doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' })), undefined);
  assert.equal(adminGrant(doc({ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: 'arn:aws:iam::111122223333:role/app' })), undefined);
  assert.equal(adminGrant(undefined), undefined);
});

test('privilegedManagedPolicy: AWS managed admin policies in any partition, not customer look-alikes', () => {
  assert.equal(privilegedManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')?.name, 'AdministratorAccess');
  assert.equal(privilegedManagedPolicy('arn:aws-cn:iam::aws:policy/IAMFullAccess')?.name, 'IAMFullAccess');
  assert.equal(privilegedManagedPolicy('arn:aws:iam::111122223333:policy/AdministratorAccess'), undefined);
  assert.equal(privilegedManagedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess'), undefined);
  assert.equal(privilegedManagedPolicy(7), undefined);
});

test('trustedPrincipals: a bare * or AWS * is anyone unless an account/organization condition scopes it', () => {
  const trust = (principal: unknown, Condition?: unknown) => doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) });
  assert.ok(trustedPrincipals(trust('*')).anyone);
  assert.ok(trustedPrincipals(trust({ AWS: ['*'] })).anyone);
  assert.ok(trustedPrincipals(trust({ AWS: '*' }, { StringEquals: { 'sts:ExternalId': 'x' } })).anyone, 'an external id alone does not limit who may try');
  assert.ok(!trustedPrincipals(trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } })).anyone);
  assert.ok(trustedPrincipals(doc({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' })).anyone);
  assert.ok(!trustedPrincipals(doc({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' })).anyone);
});

test('trustedPrincipals: accounts from ARNs and bare ids; services and other actions ignored', () => {
  const t = trustedPrincipals(doc(
    { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', '444455556666', 'arn:aws:sts::777788889999:assumed-role/x/y'] }, Action: ['sts:AssumeRole', 'sts:TagSession'] },
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::121212121212:root' }, Action: 'sts:TagSession' },
  ));
  assert.deepEqual([...t.accounts].sort(), ['111122223333', '444455556666', '777788889999']);
  assert.ok(!t.anyone);
});
