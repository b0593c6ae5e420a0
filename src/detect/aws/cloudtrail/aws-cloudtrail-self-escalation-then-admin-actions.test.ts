import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditActor, AuditEvent } from '../../../model/audit/event.js';
import { adminActionOnOthers, grantsSelf } from './aws-cloudtrail-self-escalation-then-admin-actions.js';

const user: AuditActor = { type: 'IAMUser', id: 'arn:aws:iam::222222222222:user/dev', name: 'dev', mfa: null };
const role: AuditActor = { type: 'AssumedRole', id: 'arn:aws:iam::222222222222:role/ci', name: 'ci/build', sessionIssuer: 'arn:aws:iam::222222222222:role/ci', mfa: null };
const iam = (actor: AuditActor, action: string, request: Record<string, unknown>, errorCode?: string): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor, service: 'iam', action, readOnly: false, resources: [], request, ...(errorCode ? { errorCode } : {}), origin: { file: 't', index: 0 } });

test('self grants: own user or role only; new default versions count; refused calls do not', () => {
  assert.ok(grantsSelf(iam(user, 'AttachUserPolicy', { userName: 'dev', policyArn: 'x' })));
  assert.ok(!grantsSelf(iam(user, 'AttachUserPolicy', { userName: 'bob', policyArn: 'x' })));
  assert.ok(grantsSelf(iam(role, 'PutRolePolicy', { roleName: 'ci', policyName: 'p', policyDocument: '{}' })));
  assert.ok(!grantsSelf(iam(role, 'PutRolePolicy', { roleName: 'other', policyName: 'p', policyDocument: '{}' })));
  assert.ok(grantsSelf(iam(user, 'CreatePolicyVersion', { policyArn: 'x', setAsDefault: true })));
  assert.ok(!grantsSelf(iam(user, 'CreatePolicyVersion', { policyArn: 'x', setAsDefault: false })));
  assert.ok(!grantsSelf(iam(user, 'AttachUserPolicy', { userName: 'dev', policyArn: 'x' }, 'AccessDenied')));
});

test('admin actions on others, not on oneself', () => {
  assert.ok(adminActionOnOthers(iam(user, 'CreateUser', { userName: 'x' })));
  assert.ok(adminActionOnOthers(iam(user, 'CreateAccessKey', { userName: 'bob' })));
  assert.ok(!adminActionOnOthers(iam(user, 'CreateAccessKey', { userName: 'dev' })));
  assert.ok(!adminActionOnOthers(iam(user, 'CreateAccessKey', {})), 'no userName = a key for oneself');
  assert.ok(adminActionOnOthers(iam(role, 'AttachRolePolicy', { roleName: 'other', policyArn: 'x' })));
  assert.ok(!adminActionOnOthers(iam(role, 'AttachRolePolicy', { roleName: 'ci', policyArn: 'x' })));
});
