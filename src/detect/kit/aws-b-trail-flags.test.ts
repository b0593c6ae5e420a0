import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { trailFlagsState } from './aws-b-trail-flags.js';

let n = 0;
const ct = (action: string, request: Record<string, unknown>): AuditEvent => ({ id: `e${++n}`, time: n, provider: 'aws', account: '222222222222', region: 'us-east-1', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'cloudtrail', action, readOnly: false, resources: [], request, origin: { file: 't', index: n } });

test('trail flags: on to off fires; off to off is quiet; unknown start at the given severity', () => {
  const s = trailFlagsState([{ param: 'isMultiRegionTrail', createDefault: false, lost: 'stop logging other regions' }], 'low');
  assert.deepEqual(s.push(ct('CreateTrail', { name: 'a', isMultiRegionTrail: true })), []);
  const off = s.push(ct('UpdateTrail', { name: 'a', isMultiRegionTrail: false }));
  assert.equal(off.length, 1);
  assert.equal(off[0]!.severity, undefined);
  assert.deepEqual(s.push(ct('UpdateTrail', { name: 'a', isMultiRegionTrail: false })), []);
  assert.deepEqual(s.push(ct('CreateTrail', { name: 'b' })), [], 'created single-region by default');
  assert.deepEqual(s.push(ct('UpdateTrail', { name: 'b', isMultiRegionTrail: false })), []);
  assert.equal(s.push(ct('UpdateTrail', { name: 'c', isMultiRegionTrail: false }))[0]?.severity, 'low');
});
