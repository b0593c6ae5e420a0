import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../model/audit/event.js';
import { runDetections, type DetectionResult } from './engine.js';
import { detectContext } from './kit/context.js';
import { defineDetection } from './kit/detection.js';

const ev = (id: string, minute: number, over: Partial<AuditEvent> = {}): AuditEvent => ({
  id, time: Date.parse('2026-11-27T10:00:00Z') + minute * 60_000, provider: 'aws', actor: { type: 'IAMUser', id: 'arn:aws:iam::1:user/a', name: 'a', mfa: null },
  service: 'iam', action: 'CreateUser', readOnly: false, resources: [], origin: { file: 'f', index: 0 }, ...over,
});

const folded = defineDetection({
  id: 'aws-test-folded', kind: 'event', title: 'folded', severity: 'high', provider: 'aws', services: ['iam'],
  mitre: { tactic: 'Persistence', technique: 'T1136', techniqueName: 'Create Account' }, description: 'test detection', falsePositives: 'none at all', references: ['x'],
  fold: { key: (e) => e.actor.id, windowMs: 60 * 60_000 },
  match: (e) => (e.action === 'CreateUser' ? `created by ${e.actor.name}` : undefined),
});

async function run(events: AuditEvent[]): Promise<DetectionResult[]> {
  const out: DetectionResult[] = [];
  await runDetections([events], [folded], detectContext(), (r) => out.push(r));
  return out;
}

test('fold: repeats by one key within the window are one alert citing every event; a later one opens another', async () => {
  const out = await run([ev('e1', 0), ev('e2', 10), ev('e3', 59), ev('e4', 130), ev('x', 131, { actor: { type: 'IAMUser', id: 'arn:aws:iam::1:user/b', name: 'b', mfa: null } })]);
  assert.deepEqual(out.map((r) => r.events), [['e1', 'e2', 'e3'], ['e4'], ['x']]);
  assert.match(out[0]!.message, /and 2 more like it/);
});

test('events of services a detection does not declare never reach it', async () => {
  assert.deepEqual(await run([ev('s3-1', 0, { service: 's3' })]), []);
});
