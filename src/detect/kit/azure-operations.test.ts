import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { completedOperations } from './azure-operations.js';
import { bodyValue } from './azure-events.js';
import { detectContext } from './context.js';

const OP = 'Microsoft.Storage/storageAccounts/write';
const event = (resource: string, status: string, minute: number, request?: Record<string, unknown>, correlationId = 'deploy-1'): AuditEvent => ({
  id: `${resource}-${status}-${minute}`, time: minute * 60_000, provider: 'azure', actor: { type: 'User', id: 'u', name: 'u', mfa: null }, service: 'Microsoft.Storage', action: OP,
  readOnly: false, resources: [{ id: resource }], ...(request ? { request } : {}), ...(status === 'Failed' ? { errorCode: 'Conflict' } : {}), additional: { status, correlationId }, origin: { file: 'f', index: 0 },
});
const judged: string[] = [];
const state = () => completedOperations([OP], (e, b) => {
  judged.push(`${e.resources[0]!.id}:${String(bodyValue(b, 'properties', 'x'))}`);
  return bodyValue(b, 'properties', 'x') === 'bad' ? 'bad' : undefined;
})(detectContext());

test('one deployment (one correlation id): each resource is paired with its own Started request', () => {
  judged.length = 0;
  const s = state();
  s.push(event('/a', 'Started', 0, { properties: { x: 'bad' } }));
  s.push(event('/b', 'Started', 0, { properties: { x: 'good' } }));
  assert.deepEqual(s.push(event('/b', 'Succeeded', 1)), []);
  assert.equal(s.push(event('/a', 'Succeeded', 1)).length, 1);
  assert.deepEqual(judged, ['/b:good', '/a:bad']);
});

test('failures are dropped; a completion without a Started record is judged on its own body; old requests expire', () => {
  judged.length = 0;
  const s = state();
  s.push(event('/a', 'Started', 0, { properties: { x: 'bad' } }));
  assert.deepEqual(s.push(event('/a', 'Failed', 1)), []);
  assert.deepEqual(s.push(event('/c', 'Succeeded', 2, { properties: { x: 'bad' } }, 'other')).length, 1);
  s.push(event('/d', 'Started', 3, { properties: { x: 'bad' } }, 'late'));
  s.push(event('/e', 'Started', 3 + 7 * 60, { properties: { x: 'good' } }, 'later'));
  assert.deepEqual(s.push(event('/d', 'Succeeded', 3 + 7 * 60 + 1, undefined, 'late')), [], 'a request older than the window is forgotten');
  assert.deepEqual(judged, ['/c:bad', '/d:undefined']);
});
