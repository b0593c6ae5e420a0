import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { distanceKm, publicSourceIp, successfulAccess } from './aws-b-geo.js';

const ev = (over: Partial<AuditEvent>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'sts', action: 'GetCallerIdentity', readOnly: true, resources: [], origin: { file: 't', index: 0 }, ...over });

test('great-circle distances', () => {
  const london = { latitude: 51.507, longitude: -0.128 };
  const paris = { latitude: 48.857, longitude: 2.352 };
  assert.ok(Math.abs(distanceKm(london, paris) - 344) < 5);
  assert.equal(distanceKm(london, london), 0);
  assert.ok(Math.abs(distanceKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 }) - 111) < 2, 'across the date line');
});

test('only public addresses of a principal\'s own calls are placed', () => {
  assert.equal(publicSourceIp(ev({ sourceIp: '81.2.69.142' })), '81.2.69.142');
  assert.equal(publicSourceIp(ev({ sourceIp: '2a00:1450:4009:81b::200e' })), '2a00:1450:4009:81b::200e');
  for (const ip of ['10.0.0.1', '172.20.1.1', '192.168.1.1', 'fd00::1', 'AWS Internal', 'cloudtrail.amazonaws.com']) assert.equal(publicSourceIp(ev({ sourceIp: ip })), undefined, ip);
  assert.equal(publicSourceIp(ev({ sourceIp: '81.2.69.142', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null, invokedBy: 'athena.amazonaws.com' } })), undefined);
});

test('successful access: no error; console sign-ins by their response', () => {
  assert.ok(successfulAccess(ev({})));
  assert.ok(!successfulAccess(ev({ errorCode: 'AccessDenied' })));
  assert.ok(successfulAccess(ev({ action: 'ConsoleLogin', response: { ConsoleLogin: 'Success' } })));
  assert.ok(!successfulAccess(ev({ action: 'ConsoleLogin', response: { ConsoleLogin: 'Failure' } })));
});
