import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { observationsOf } from './aws-b-baseline.js';

const geo = { locate: (ip: string) => (ip === '81.2.69.142' ? { latitude: 51.5, longitude: -0.1, country: 'GB' } : undefined) };
const ev = (over: Partial<AuditEvent>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'arn:aws:iam::1:user/u', name: 'u', mfa: null }, service: 'sts', action: 'GetCallerIdentity', readOnly: true, resources: [], origin: { file: 't', index: 0 }, ...over });

test('a successful call teaches the country and the user-agent family', () => {
  assert.deepEqual(observationsOf(ev({ sourceIp: '81.2.69.142', userAgent: 'aws-cli/2.17.0 Python/3.11' }), geo), [
    { principal: 'arn:aws:iam::1:user/u', kind: 'country', value: 'GB' },
    { principal: 'arn:aws:iam::1:user/u', kind: 'userAgent', value: 'aws-cli' },
  ]);
});

test('failures, AWS services and AWS internal agents teach nothing; unplaced addresses give no country', () => {
  assert.deepEqual(observationsOf(ev({ sourceIp: '81.2.69.142', userAgent: 'curl/8', errorCode: 'AccessDenied' }), geo), []);
  assert.deepEqual(observationsOf(ev({ sourceIp: '81.2.69.142', userAgent: 'curl/8', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null, invokedBy: 'athena.amazonaws.com' } }), geo), []);
  assert.deepEqual(observationsOf(ev({ sourceIp: '10.0.0.1', userAgent: 'AWS Internal' }), geo), []);
  assert.deepEqual(observationsOf(ev({ sourceIp: '192.0.2.1', userAgent: 'curl/8' }), undefined).map((o) => o.kind), ['userAgent']);
});
