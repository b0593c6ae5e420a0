import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditActor, AuditEvent } from '../../../model/audit/event.js';
import { detectContext } from '../../kit/context.js';
import type { GeoPoint } from '../../kit/detection.js';
import { impossibleTravelState } from './aws-cloudtrail-impossible-travel.js';

const places: Record<string, GeoPoint> = {
  '198.51.100.1': { latitude: 40.71, longitude: -74.0, city: 'New York', country: 'US' },
  '198.51.100.2': { latitude: 51.5, longitude: -0.12, city: 'London', country: 'GB' },
  '198.51.100.3': { latitude: 35.68, longitude: 139.69, city: 'Tokyo', country: 'JP' },
};
const ctx = detectContext({ geo: { locate: (ip) => places[ip] } });
const user: AuditActor = { type: 'IAMUser', id: 'arn:aws:iam::1:user/u', name: 'u', mfa: null };
const session = (name: string): AuditActor => ({ type: 'AssumedRole', id: 'arn:aws:iam::1:role/sso', name: `sso/${name}`, arn: `arn:aws:sts::1:assumed-role/sso/${name}`, sessionIssuer: 'arn:aws:iam::1:role/sso', mfa: true });
let n = 0;
const ev = (ip: string, hours: number, actor: AuditActor = user, over: Partial<AuditEvent> = {}): AuditEvent => ({ id: `e${++n}`, time: hours * 3_600_000, provider: 'aws', actor, sourceIp: ip, service: 's3', action: 'ListBuckets', readOnly: true, resources: [], origin: { file: 't', index: n }, ...over });

test('New York to London (5,570 km) needs over six hours at 900 km/h', () => {
  const s = impossibleTravelState(ctx);
  assert.equal(s.push(ev('198.51.100.1', 0)).length, 0);
  const fired = s.push(ev('198.51.100.2', 2));
  assert.equal(fired.length, 1);
  assert.match(fired[0]!.message, /New York.*London.*55\d\d km apart within 120 minute/);
  assert.deepEqual(fired[0]!.events.map((e) => e.sourceIp), ['198.51.100.1', '198.51.100.2']);
  const slow = impossibleTravelState(ctx);
  slow.push(ev('198.51.100.1', 0));
  assert.equal(slow.push(ev('198.51.100.2', 7)).length, 0);
});

test('each address pair is reported once; the comparison is with the latest location', () => {
  const s = impossibleTravelState(ctx);
  s.push(ev('198.51.100.1', 0));
  assert.equal(s.push(ev('198.51.100.2', 1)).length, 1);
  assert.equal(s.push(ev('198.51.100.1', 1.5)).length, 0, 'same pair again');
  assert.equal(s.push(ev('198.51.100.3', 2)).length, 1, 'New York to Tokyo is a new pair');
});

test('sessions of one role are separate travellers; out-of-order events still compare', () => {
  const s = impossibleTravelState(ctx);
  s.push(ev('198.51.100.1', 0, session('alice@example.com')));
  assert.equal(s.push(ev('198.51.100.2', 0.5, session('bob@example.com'))).length, 0);
  const late = impossibleTravelState(ctx);
  late.push(ev('198.51.100.1', 2));
  assert.equal(late.push(ev('198.51.100.2', 1)).length, 1);
});

test('exempt: failures, service host names, private and unknown addresses, no database', () => {
  const s = impossibleTravelState(ctx);
  s.push(ev('198.51.100.1', 0));
  assert.equal(s.push(ev('198.51.100.2', 1, user, { errorCode: 'AccessDenied' })).length, 0);
  assert.equal(s.push(ev('cloudtrail.amazonaws.com', 1)).length, 0);
  assert.equal(s.push(ev('AWS Internal', 1)).length, 0);
  assert.equal(s.push(ev('10.1.2.3', 1)).length, 0);
  assert.equal(s.push(ev('192.0.2.200', 1)).length, 0, 'not in the database');
  const blind = impossibleTravelState(detectContext());
  blind.push(ev('198.51.100.1', 0));
  assert.equal(blind.push(ev('198.51.100.2', 1)).length, 0);
});

test('more than a day apart is never impossible (and such old locations are dropped)', () => {
  const s = impossibleTravelState(ctx);
  s.push(ev('198.51.100.1', 0));
  assert.equal(s.push(ev('198.51.100.3', 30)).length, 0, 'New York to Tokyo in 30 hours is possible');
  s.push(ev('198.51.100.2', 60, session('carol@example.com')));
  assert.equal(s.push(ev('198.51.100.1', 100, session('carol@example.com'))).length, 0);
});
