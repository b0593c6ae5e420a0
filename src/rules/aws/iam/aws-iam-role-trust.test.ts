import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyDocument, PolicyStatement } from '../../../model/aws/policy.js';
import { unresolvable } from '../../../model/core/index.js';
import { fixtureContext } from '../../kit/aws-logging-fixtures.js';
import { iamRole } from '../../kit/fixtures-iam.js';
import type { Outcome } from '../../kit/index.js';
import anyPrincipal from './aws-iam-role-trust-any-principal.js';
import crossAccount from './aws-iam-role-trust-cross-account-no-external-id.js';
import oidc from './aws-iam-role-trust-oidc-no-sub-condition.js';

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const assume = (Principal: PolicyStatement['Principal'], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal, ...extra });
const ctx = fixtureContext([]);
function statuses(out: Outcome | readonly Outcome[] | undefined): string[] {
  if (out === undefined) return [];
  return (Array.isArray(out) ? out : [out as Outcome]).map((o) => o.status);
}

test('any-principal: * fails, org-pinned * passes, service principal passes, unknown stays unknown', () => {
  assert.deepEqual(statuses(anyPrincipal.evaluate(iamRole('r', doc(assume('*'))), ctx)), ['fail']);
  assert.deepEqual(statuses(anyPrincipal.evaluate(iamRole('r', doc(assume({ AWS: ['*'] }))), ctx)), ['fail']);
  const pinned = assume({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } });
  assert.deepEqual(statuses(anyPrincipal.evaluate(iamRole('r', doc(pinned)), ctx)), ['pass']);
  assert.deepEqual(statuses(anyPrincipal.evaluate(iamRole('r', doc(assume({ Service: 'ec2.amazonaws.com' }))), ctx)), ['pass']);
  // A Deny with * is not a grant.
  assert.deepEqual(statuses(anyPrincipal.evaluate(iamRole('r', doc({ Effect: 'Deny', Action: 'sts:AssumeRole', Principal: '*' })), ctx)), ['pass']);
  const unk = iamRole('r', doc(), { trustPolicy: unresolvable('var.trust has no value') });
  assert.deepEqual(statuses(anyPrincipal.evaluate(unk, ctx)), ['unknown']);
});

test('cross-account: own account known is not cross-account; unknown own account treats literal accounts as foreign', () => {
  // Fixture roles live in 111122223333.
  assert.deepEqual(statuses(crossAccount.evaluate(iamRole('r', doc(assume({ AWS: 'arn:aws:iam::111122223333:root' }))), ctx)), []);
  assert.deepEqual(statuses(crossAccount.evaluate(iamRole('r', doc(assume({ AWS: '444455556666' }))), ctx)), ['fail']);
  const withExt = assume({ AWS: 'arn:aws:iam::444455556666:role/x' }, { Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } });
  assert.deepEqual(statuses(crossAccount.evaluate(iamRole('r', doc(withExt)), ctx)), ['pass']);
  const noAccount = { ...iamRole('r', doc(assume({ AWS: 'arn:aws:iam::111122223333:root' }))), account: undefined };
  assert.deepEqual(statuses(crossAccount.evaluate(noAccount, ctx)), ['fail']);
  assert.deepEqual(statuses(crossAccount.evaluate(iamRole('r', doc(assume({ Service: 'lambda.amazonaws.com' }))), ctx)), []);
  assert.deepEqual(statuses(crossAccount.evaluate(iamRole('r', doc(), { trustPolicy: unresolvable('x') }), ctx)), ['unknown']);
});

test('oidc: needs a narrow <provider>:sub condition', () => {
  const gh = { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' };
  const web = (cond?: PolicyStatement['Condition']): PolicyStatement => ({
    Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: gh, ...(cond ? { Condition: cond } : {}),
  });
  assert.deepEqual(statuses(oidc.evaluate(iamRole('r', doc(web())), ctx)), ['fail']);
  assert.deepEqual(statuses(oidc.evaluate(iamRole('r', doc(web({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }))), ctx)), ['fail']);
  assert.deepEqual(statuses(oidc.evaluate(iamRole('r', doc(web({ StringLike: { 'token.actions.githubusercontent.com:sub': '*' } }))), ctx)), ['fail']);
  assert.deepEqual(statuses(oidc.evaluate(iamRole('r', doc(web({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } }))), ctx)), ['pass']);
  assert.deepEqual(statuses(oidc.evaluate(iamRole('r', doc(assume({ Service: 'ec2.amazonaws.com' }))), ctx)), []);
});
