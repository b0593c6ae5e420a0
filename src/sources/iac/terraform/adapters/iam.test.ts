import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const admin = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

test('a role with inline blocks, role policies and every kind of attachment', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_role', 'app', {
    name: 'app',
    assume_role_policy: trust,
    inline_policy: block({ name: 'inline', policy: admin }),
    managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  });
  b.resource('aws_iam_policy', 'p', { name: 'p', policy: admin });
  b.resource('aws_iam_role_policy', 'rp', { name: 'rp', role: ref('aws_iam_role.app'), policy: admin });
  b.resource('aws_iam_role_policy_attachment', 'a', { role: 'app', policy_arn: ref('aws_iam_policy.p', 'arn') });
  b.resource('aws_iam_policy_attachment', 'pa', { name: 'x', roles: ['app'], users: [ref('aws_iam_user.u', 'name')], policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
  b.resource('aws_iam_user', 'u', { name: 'u' });
  const r = propsOf(b, 'aws.iam.role', 'aws_iam_role.app');
  assert.equal(r.roleName.value, 'app');
  assert.equal(r.path.value, '/');
  assert.equal(r.trustPolicy.value?.Statement[0]?.Action, 'sts:AssumeRole');
  assert.deepEqual(r.inlinePolicies.value?.map((p) => p.name.value), ['inline', 'rp']);
  assert.deepEqual(r.attachedPolicies.value, ['arn:aws:iam::aws:policy/ReadOnlyAccess', '.:aws_iam_policy.p', 'arn:aws:iam::aws:policy/AdministratorAccess']);
  assert.equal(r.maxSessionDurationSeconds.value, 3600);
  assert.equal(r.permissionsBoundary.value, null);
  const u = propsOf(b, 'aws.iam.user', 'aws_iam_user.u');
  assert.deepEqual(u.attachedPolicies.value, ['arn:aws:iam::aws:policy/AdministratorAccess']);
  const p = propsOf(b, 'aws.iam.policy', 'aws_iam_policy.p');
  assert.equal(p.attachmentCount.value, 1);
  b.resource('aws_iam_policy_attachment', 'pa2', { name: 'y', roles: [ref('aws_iam_role.app')], groups: ['g1', 'g2'], policy_arn: ref('aws_iam_policy.p', 'arn') });
  assert.equal(propsOf(b, 'aws.iam.policy', 'aws_iam_policy.p').attachmentCount.value, 4);
  assert.equal(p.awsManaged.value, false);
  assert.equal(p.document.value?.Statement[0]?.Action, '*');
  assert.equal(p.arn.kind, 'unresolvable');
});

test('users: inline policies, attachments, groups from both membership resources, login profile and keys', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_user', 'alice', { name: 'alice' });
  b.resource('aws_iam_group', 'devs', { name: 'devs' });
  b.resource('aws_iam_group', 'ops', { name: 'ops' });
  b.resource('aws_iam_user_policy', 'up', { name: 'up', user: 'alice', policy: admin });
  b.resource('aws_iam_user_policy_attachment', 'ua', { user: ref('aws_iam_user.alice', 'id'), policy_arn: 'arn:aws:iam::aws:policy/IAMFullAccess' });
  b.resource('aws_iam_user_group_membership', 'm', { user: 'alice', groups: ['devs'] });
  b.resource('aws_iam_group_membership', 'gm', { name: 'gm', group: ref('aws_iam_group.ops', 'id'), users: ['alice'] });
  b.resource('aws_iam_user_login_profile', 'lp', { user: 'alice' });
  b.resource('aws_iam_access_key', 'k', { user: 'alice' });
  b.resource('aws_iam_group_policy', 'gp', { group: 'devs', policy: admin });
  b.resource('aws_iam_group_policy_attachment', 'ga', { group: 'devs', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' });
  const u = propsOf(b, 'aws.iam.user', 'aws_iam_user.alice');
  assert.deepEqual(u.inlinePolicies.value?.map((p) => p.name.value), ['up']);
  assert.deepEqual(u.attachedPolicies.value, ['arn:aws:iam::aws:policy/IAMFullAccess']);
  assert.deepEqual(u.groups.value, ['.:aws_iam_group.devs', '.:aws_iam_group.ops']);
  assert.equal(u.hasConsolePassword.value, true);
  assert.equal(u.accessKeys.value?.length, 1);
  assert.equal(u.accessKeys.value?.[0]?.status.value, 'Active');
  assert.equal(u.mfaDevices.value, 0);
  const g = propsOf(b, 'aws.iam.group', 'aws_iam_group.devs');
  assert.equal(g.inlinePolicies.value?.length, 1);
  assert.equal(g.inlinePolicies.value?.[0]?.name.kind, 'unresolvable');
  assert.deepEqual(g.attachedPolicies.value, ['arn:aws:iam::aws:policy/PowerUserAccess']);
});

test('a user with nothing joined has default empty lists and no console password', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_user', 'bob', { name: 'bob' });
  const u = propsOf(b, 'aws.iam.user', 'aws_iam_user.bob');
  assert.equal(u.hasConsolePassword.kind, 'default');
  assert.equal(u.hasConsolePassword.value, false);
  assert.deepEqual(u.accessKeys.value, []);
  assert.deepEqual(u.groups.value, []);
});

test('an unknown policy attachment ARN makes the attached list unresolvable', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_role', 'r', { name: 'r', assume_role_policy: unknown('data.aws_iam_policy_document.t.json is known only after apply') });
  b.resource('aws_iam_role_policy_attachment', 'a', { role: 'r', policy_arn: unknown('var.arn has no value') });
  const r = propsOf(b, 'aws.iam.role', 'aws_iam_role.r');
  assert.equal(r.attachedPolicies.kind, 'unresolvable');
  assert.equal(r.trustPolicy.kind, 'unresolvable');
});

test('password policy defaults follow the IAM API', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_account_password_policy', 'p', { minimum_password_length: 14, require_symbols: true });
  const p = propsOf(b, 'aws.iam.password-policy', 'aws_iam_account_password_policy.p');
  assert.equal(p.minimumLength.value, 14);
  assert.equal(p.requireSymbols.value, true);
  assert.equal(p.requireNumbers.value, false);
  assert.equal(p.maxPasswordAge.value, 0);
  assert.equal(p.passwordReusePrevention.value, 0);
  assert.equal(p.allowUsersToChangePassword.value, true);
});
