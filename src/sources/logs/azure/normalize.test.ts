import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../../model/audit/event.js';
import { normalizeAzureActivity } from './normalize.js';
import { exportRecord as azExport, restRecord as azRest, RG, SUBSCRIPTION, TENANT } from './test-support.js';

const at = { file: 'f.json', index: 3 };
const norm = (r: unknown) => normalizeAzureActivity(r, at) as AuditEvent;
const assignment = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleAssignments/9a1b2c3d-0000-4000-8000-000000000001`;

test('REST shape: id, time, subscription, provider, action, verb, actor, source, bodies', () => {
  const e = norm(azRest({ operation: 'Microsoft.Authorization/roleAssignments/write', resourceId: assignment, request: { Properties: { PrincipalId: 'p1', RoleDefinitionId: 'r1' } }, ip: '203.0.113.4' }));
  assert.match(e.id, /^e0000000-/);
  assert.equal(e.time, Date.parse('2026-11-27T10:00:00Z'));
  assert.equal(e.provider, 'azure');
  assert.equal(e.account, SUBSCRIPTION);
  assert.equal(e.service, 'Microsoft.Authorization');
  assert.equal(e.action, 'Microsoft.Authorization/roleAssignments/write');
  assert.equal(e.readOnly, false);
  assert.equal(e.eventType, 'Administrative');
  assert.deepEqual(e.actor, { type: 'User', id: 'maria.ops@contoso.com', name: 'Maria Ops', accountId: TENANT, arn: '0b6d1f0e-2c3a-4d5e-8f90-a1b2c3d4e5f6', mfa: null });
  assert.equal(e.sourceIp, '203.0.113.4');
  assert.deepEqual(e.resources, [{ id: assignment, account: SUBSCRIPTION }]);
  assert.deepEqual(e.request, { Properties: { PrincipalId: 'p1', RoleDefinitionId: 'r1' } });
  assert.equal(e.additional?.['status'], 'Succeeded');
  assert.equal(e.errorCode, undefined);
  assert.equal('requestbody' in (e.additional?.['properties'] as object), false, 'bodies are not repeated under properties');
});

test('diagnostic export shape: upper-case names kept, phase mapped, failures carry an error code', () => {
  const ok = norm(azExport({ operation: 'Microsoft.KeyVault/vaults/delete', resourceId: `${RG}/providers/Microsoft.KeyVault/vaults/kv1` }));
  assert.equal(ok.action, 'MICROSOFT.KEYVAULT/VAULTS/DELETE');
  assert.equal(ok.service, 'MICROSOFT.KEYVAULT');
  assert.equal(ok.account, SUBSCRIPTION);
  assert.equal(ok.additional?.['status'], 'Succeeded');
  assert.match(ok.id, /^c0ffee00-.*:MICROSOFT.KEYVAULT\/VAULTS\/DELETE:2026-11-27T10:00:00.0000000Z:Succeeded$/);
  assert.equal(ok.actor.type, 'User');
  assert.equal(ok.region, undefined, '"global" is not a region');
  const failed = norm(azExport({ operation: 'Microsoft.KeyVault/vaults/delete', resourceId: `${RG}/providers/Microsoft.KeyVault/vaults/kv1`, status: 'Failed' }));
  assert.equal(failed.errorCode, 'Forbidden.403');
  assert.equal(failed.additional?.['status'], 'Failed');
  const started = norm(azExport({ operation: 'Microsoft.KeyVault/vaults/delete', resourceId: `${RG}/providers/Microsoft.KeyVault/vaults/kv1`, status: 'Started' }));
  assert.equal(started.additional?.['status'], 'Started');
  assert.notEqual(started.id, ok.id);
});

test('applications are service principals by app id; read verbs are read-only; bodies that are not JSON are kept', () => {
  const e = norm(azRest({ operation: 'Microsoft.Compute/virtualMachines/read', resourceId: `${RG}/providers/Microsoft.Compute/virtualMachines/vm1`, caller: '7e1d2c3b-4a59-4876-9e5d-c4b3a2918170', claims: { appid: '11111111-2222-4333-8444-555555555555', idtyp: 'app' } }));
  assert.equal(e.actor.type, 'ServicePrincipal');
  assert.equal(e.actor.id, '11111111-2222-4333-8444-555555555555');
  assert.equal(e.readOnly, true);
  const raw = azRest({ operation: 'Microsoft.Web/sites/write', resourceId: `${RG}/providers/Microsoft.Web/sites/app` });
  (raw['properties'] as Record<string, unknown>)['requestbody'] = 'not json';
  assert.deepEqual(norm(raw).request, { text: 'not json' });
});

test('a caller without claims: a GUID is an application, an address a user', () => {
  const base = { eventTimestamp: '2026-11-27T10:00:00Z', operationName: { value: 'Microsoft.Resources/deployments/write' }, resourceId: `${RG}/providers/Microsoft.Resources/deployments/d1`, status: { value: 'Succeeded' } };
  assert.equal(norm({ ...base, caller: '7e1d2c3b-4a59-4876-9e5d-c4b3a2918170' }).actor.type, 'ServicePrincipal');
  assert.equal(norm({ ...base, caller: 'Ops@Contoso.com' }).actor.id, 'ops@contoso.com');
  assert.equal(norm(base).actor.type, 'Unknown');
  assert.equal(norm(base).id, 'f.json#3');
});

test('records that cannot be events are refused with a reason', () => {
  assert.equal(normalizeAzureActivity('x', at), 'record is not a JSON object');
  assert.equal(normalizeAzureActivity({ operationName: 'x' }, at), 'record has no valid time or eventTimestamp');
  assert.equal(normalizeAzureActivity({ time: '2026-11-27T10:00:00Z', operationName: { value: '' } }, at), 'record has no operationName');
});
