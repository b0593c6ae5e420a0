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

test('event times read from their digits agree with Date.parse, valid or not (seeded fuzz)', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  const samples = ['2026-11-27T10:00:00Z', '2026-11-27T10:00:00.5Z', '2026-11-27T10:00:00.123456Z', '2024-02-29T23:59:59Z', '2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-11-27T24:00:00Z', '2026-11-27 10:00:00Z', '2026-11-27T10:00:00+01:00', '2026-13-01T00:00:00Z', '2026-11-27T10:00:0xZ', '2026-11-27T10:00:00.Z', 'yesterday'];
  for (let i = 0; i < 3000; i++) {
    const t = `${pad(1990 + rnd(60), 4)}-${pad(rnd(14), 2)}-${pad(rnd(33), 2)}T${pad(rnd(26), 2)}:${pad(rnd(61), 2)}:${pad(rnd(61), 2)}${['', '.1', '.12', '.123', '.1234567', '.999999999', '.99999999999999999999'][rnd(7)]}Z`;
    samples.push(t);
    // The same text twice in a row exercises the one-entry cache.
    if (rnd(4) === 0) samples.push(t);
  }
  for (const eventTime of samples) {
    const want = Date.parse(eventTime);
    const got = normalizeCloudTrail(ctRecord({ eventTime }), at);
    if (Number.isNaN(want)) assert.equal(got, 'record has no valid eventTime', eventTime);
    else assert.equal((got as AuditEvent).time, want, eventTime);
  }
});

test('an assumed-role session keeps its session name on the actor', () => {
  const e = norm(ctRecord({ userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::222222222222:assumed-role/web/i-0a1b2c3d4e5f67890', accountId: '222222222222', sessionContext: { sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::222222222222:role/web', userName: 'web' } } } }));
  assert.equal(e.actor.session, 'i-0a1b2c3d4e5f67890');
  assert.equal(e.actor.name, 'web/i-0a1b2c3d4e5f67890');
  assert.equal(norm(ctRecord()).actor.session, undefined);
});
