import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeCloudTrail } from './normalize.js';
import { ctRecord } from './test-support.js';
import type { AuditEvent } from '../../../model/audit/event.js';

const at = { file: 'f.json', index: 0 };
const norm = (r: unknown) => normalizeCloudTrail(r, at) as AuditEvent;

test('an IAM user call: actor, service, action, read-only, account, region, source', () => {
  const e = norm(ctRecord());
  assert.equal(e.actor.type, 'IAMUser');
  assert.equal(e.actor.id, 'arn:aws:iam::222222222222:user/maria.ops');
  assert.equal(e.actor.name, 'maria.ops');
  assert.equal(e.actor.accessKeyId, 'AKIAEXAMPLEKEY000001');
  assert.equal(e.actor.mfa, null);
  assert.equal(e.service, 'iam');
  assert.equal(e.action, 'ListUsers');
  assert.equal(e.readOnly, true);
  assert.equal(e.account, '222222222222');
  assert.equal(e.region, 'us-east-1');
  assert.equal(e.sourceIp, '198.51.100.7');
  assert.equal(e.time, Date.parse('2026-11-27T10:00:00Z'));
});

test('an assumed-role session is attributed to its role, with the session name and MFA flag', () => {
  const e = norm(ctRecord({
    userIdentity: {
      type: 'AssumedRole', principalId: 'AROAEXAMPLE:deploy-42', arn: 'arn:aws:sts::222222222222:assumed-role/payments-bastion/i-0ba57100000000a01', accountId: '222222222222', accessKeyId: 'ASIAEXAMPLE',
      sessionContext: { sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::222222222222:role/payments-bastion', userName: 'payments-bastion' }, attributes: { creationDate: '2026-11-27T09:00:00Z', mfaAuthenticated: 'false' } },
    },
  }));
  assert.equal(e.actor.id, 'arn:aws:iam::222222222222:role/payments-bastion');
  assert.equal(e.actor.name, 'payments-bastion/i-0ba57100000000a01');
  assert.equal(e.actor.sessionIssuer, 'arn:aws:iam::222222222222:role/payments-bastion');
  assert.equal(e.actor.mfa, false);
});

test('console sign-in: MFA from additionalEventData; root identity', () => {
  const e = norm(ctRecord({ eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', userIdentity: { type: 'Root', principalId: '222222222222', arn: 'arn:aws:iam::222222222222:root', accountId: '222222222222' }, additionalEventData: { MFAUsed: 'No', LoginTo: 'https://console.aws.amazon.com/' }, responseElements: { ConsoleLogin: 'Success' } }));
  assert.equal(e.actor.type, 'Root');
  assert.equal(e.actor.name, 'root');
  assert.equal(e.actor.mfa, false);
  assert.equal(e.service, 'signin');
  assert.deepEqual(e.response, { ConsoleLogin: 'Success' });
});

test('errors, resources and service principals', () => {
  const e = norm(ctRecord({ errorCode: 'AccessDenied', errorMessage: 'no', resources: [{ ARN: 'arn:aws:s3:::b', type: 'AWS::S3::Bucket', accountId: '222222222222' }, { type: 'x' }] }));
  assert.equal(e.errorCode, 'AccessDenied');
  assert.deepEqual(e.resources, [{ id: 'arn:aws:s3:::b', type: 'AWS::S3::Bucket', account: '222222222222' }]);
  const svc = norm(ctRecord({ userIdentity: { type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' } }));
  assert.equal(svc.actor.id, 'cloudtrail.amazonaws.com');
  assert.equal(svc.actor.invokedBy, 'cloudtrail.amazonaws.com');
});

test('records that cannot be events are refused with a reason', () => {
  assert.equal(normalizeCloudTrail([], at), 'record is not a JSON object');
  assert.equal(normalizeCloudTrail({ eventTime: '2026-01-01T00:00:00Z', eventSource: 'x' }, at), 'record has no eventName');
  assert.equal(normalizeCloudTrail({ eventTime: '2026-01-01T00:00:00Z', eventName: 'x' }, at), 'record has no eventSource');
  const noId = norm({ ...ctRecord(), eventID: undefined });
  assert.equal(noId.id, 'f.json#0');
});

test('web-identity callers keep their identity provider', () => {
  const e = norm(ctRecord({ eventSource: 'sts.amazonaws.com', eventName: 'AssumeRoleWithWebIdentity', userIdentity: { type: 'WebIdentityUser', principalId: 'accounts.google.com:1234', userName: '1234', identityProvider: 'accounts.google.com' } }));
  assert.equal(e.actor.type, 'WebIdentityUser');
  assert.equal(e.actor.identityProvider, 'accounts.google.com');
  assert.equal(e.actor.name, '1234');
});
