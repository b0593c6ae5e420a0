import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyStatement } from '../../model/aws/policy.js';
import { explicit, unresolvable } from '../../model/core/index.js';
import { adminPredicate, escalationActions, isAdminGrant, judgeAttachedForAdmin, judgeInlinePolicies } from './aws-iam-policy-checks.js';
import { allowsAssume, conditionValues, oidcProviders } from './aws-iam-trust.js';
import { fixtureContext } from './aws-logging-fixtures.js';
import { iamPolicy } from './fixtures-iam.js';
import { NO_PROVENANCE } from '../../model/core/index.js';

const allow = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', ...extra });

test('isAdminGrant: * on *, *:* on *, NotAction on *; not scoped resources, not Deny', () => {
  assert.equal(isAdminGrant(allow({ Action: '*', Resource: '*' })), true);
  assert.equal(isAdminGrant(allow({ Action: ['s3:GetObject', '*:*'], Resource: ['*'] })), true);
  assert.equal(isAdminGrant(allow({ NotAction: 'iam:*', Resource: '*' })), true);
  assert.equal(isAdminGrant(allow({ Action: '*', Resource: 'arn:aws:s3:::b/*' })), false);
  assert.equal(isAdminGrant({ Effect: 'Deny', Action: '*', Resource: '*' }), false);
  assert.equal(isAdminGrant(allow({ Action: 's3:*', Resource: '*' })), false);
  // Conditions do not make an administrator less of one.
  assert.equal(isAdminGrant(allow({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })), true);
});

test('escalationActions: matches wildcards, honours guards, skips scoped resources and full admin', () => {
  assert.deepEqual(escalationActions(allow({ Action: 'iam:PassRole', Resource: '*' })), ['iam:PassRole']);
  assert.ok(escalationActions(allow({ Action: 'iam:Put*', Resource: '*' })).includes('iam:PutRolePolicy'));
  assert.deepEqual(escalationActions(allow({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/x' })), []);
  assert.deepEqual(
    escalationActions(allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } })),
    [],
  );
  assert.deepEqual(escalationActions(allow({ Action: '*', Resource: '*' })), []);
  assert.deepEqual(escalationActions(allow({ Action: ['iam:GetRole', 'iam:List*'], Resource: '*' })), []);
});

test('judgeInlinePolicies: fail on admin, unknown on unresolvable document, pass when none', () => {
  const admin = { name: explicit('a'), document: explicit({ Statement: [allow({ Action: '*', Resource: '*' })] }), source: NO_PROVENANCE };
  const unk = { name: explicit('b'), document: unresolvable<never>('var.policy has no value'), source: NO_PROVENANCE };
  assert.equal(judgeInlinePolicies(explicit([admin]), adminPredicate, 'ok').status, 'fail');
  assert.equal(judgeInlinePolicies(explicit([unk]), adminPredicate, 'ok').status, 'unknown');
  assert.equal(judgeInlinePolicies(explicit([admin, unk]), adminPredicate, 'ok').status, 'fail');
  assert.equal(judgeInlinePolicies(explicit([]), adminPredicate, 'ok').status, 'pass');
  assert.equal(judgeInlinePolicies(unresolvable('denied'), adminPredicate, 'ok').status, 'unknown');
});

test('judgeAttachedForAdmin resolves customer policies by uid, ARN and .arn reference', () => {
  const admin = iamPolicy('homemade', explicit({ Statement: [allow({ NotAction: 'iam:*', Resource: '*' })] }));
  const scoped = iamPolicy('scoped', explicit({ Statement: [allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })] }));
  const ctx = fixtureContext([admin, scoped]);
  assert.equal(judgeAttachedForAdmin(explicit([admin.uid]), ctx).status, 'fail');
  assert.equal(judgeAttachedForAdmin(explicit(['arn:aws:iam::111122223333:policy/homemade']), ctx).status, 'fail');
  assert.equal(judgeAttachedForAdmin(explicit([`${admin.uid}.arn`]), ctx).status, 'fail');
  assert.equal(judgeAttachedForAdmin(explicit([scoped.uid, 'arn:aws:iam::aws:policy/ReadOnlyAccess']), ctx).status, 'pass');
  assert.equal(judgeAttachedForAdmin(explicit(['arn:aws-us-gov:iam::aws:policy/AdministratorAccess']), ctx).status, 'fail');
  assert.equal(judgeAttachedForAdmin(explicit(['arn:aws:iam::999988887777:policy/elsewhere']), ctx).status, 'unknown');
});

test('trust helpers: assume actions, OIDC providers, condition values case-insensitively', () => {
  const st = allow({
    Action: 'sts:AssumeRoleWithWebIdentity',
    Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC' },
    Condition: { StringEquals: { 'OIDC.EKS.eu-west-1.amazonaws.com/id/ABC:sub': ['system:serviceaccount:app:api'] } },
  });
  assert.equal(allowsAssume(st), true);
  assert.deepEqual(oidcProviders(st), ['oidc.eks.eu-west-1.amazonaws.com/id/ABC']);
  assert.deepEqual(conditionValues(st, 'oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub'), ['system:serviceaccount:app:api']);
  assert.equal(allowsAssume(allow({ Action: 'sts:TagSession', Principal: '*' })), false);
  assert.equal(allowsAssume(allow({ Action: 'sts:*', Principal: '*' })), true);
});

test('judgeAttachedForAdmin judges AWS managed policies by ARN even when their document is in the inventory', () => {
  const powerUser = iamPolicy('PowerUserAccess', explicit({ Statement: [allow({ NotAction: ['iam:*', 'organizations:*'], Resource: '*' })] }), {
    arn: explicit('arn:aws:iam::aws:policy/PowerUserAccess'),
    awsManaged: explicit(true),
  });
  assert.equal(judgeAttachedForAdmin(explicit(['arn:aws:iam::aws:policy/PowerUserAccess']), fixtureContext([powerUser])).status, 'pass');
});
