import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { TrailMemory } from './aws-b-trail-memory.js';

const ev = (request: Record<string, unknown>, region = 'us-east-1'): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', account: '222222222222', region, actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'cloudtrail', action: 'UpdateTrail', readOnly: false, resources: [], request, origin: { file: 't', index: 0 } });

test('a trail named by name or by ARN is the same trail; regions are separate', () => {
  const m = new TrailMemory<string>();
  assert.equal(m.swap(ev({ name: 'org' }), 'a'), undefined);
  assert.equal(m.swap(ev({ name: 'arn:aws:cloudtrail:us-east-1:222222222222:trail/org' }), 'b'), 'a');
  assert.equal(m.swap(ev({ trailName: 'org' }), 'c'), 'b');
  assert.equal(m.swap(ev({ name: 'org' }, 'eu-west-1'), 'd'), undefined);
});
