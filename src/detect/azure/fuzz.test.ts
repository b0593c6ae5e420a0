/**
 * Azure detections over events with mutated bodies: whatever shape a request or response body has (the
 * Activity Log keeps whatever the resource provider was sent), no detection may throw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { runDetections } from '../engine.js';
import { detectContext } from '../kit/context.js';
import { selectDetections } from '../registry.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPERATIONS = [
  'Microsoft.Authorization/roleAssignments/write', 'Microsoft.Authorization/roleDefinitions/write', 'Microsoft.KeyVault/vaults/write', 'Microsoft.KeyVault/vaults/accessPolicies/write',
  'Microsoft.Storage/storageAccounts/write', 'Microsoft.Storage/storageAccounts/blobServices/containers/write', 'Microsoft.Network/networkSecurityGroups/securityRules/write',
  'Microsoft.Network/networkSecurityGroups/write', 'Microsoft.Security/pricings/write', 'Microsoft.Sql/servers/firewallRules/write', 'Microsoft.Authorization/policyAssignments/delete',
];
const BODY = {
  properties: {
    roleDefinitionId: 'x/8e3af657-a8ff-443c-a75c-2fe8c4bcb635', principalType: 'ForeignGroup', scope: '/subscriptions/s', permissions: [{ actions: ['*'] }],
    accessPolicies: [{ objectId: 'o', permissions: { secrets: ['all'] } }], networkAcls: { defaultAction: 'Allow', ipRules: [{ value: '0.0.0.0/0' }] },
    allowBlobPublicAccess: true, allowSharedKeyAccess: 'true', publicAccess: 'Container', access: 'Allow', direction: 'Inbound', sourceAddressPrefix: '*', destinationPortRange: '20-30',
    securityRules: [{ name: 'r', properties: { access: 'Allow', direction: 'Inbound', sourceAddressPrefixes: ['*'], destinationPortRanges: ['22'] } }], pricingTier: 'Free', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255',
  },
};
const ODD: unknown[] = [null, 0, '', '*', 'Allow', true, [], {}, [null], [1, 'x'], { value: null }, '22-', '-', 'a-b'];

function mutate(v: unknown, r: () => number, depth = 0): unknown {
  if (r() < 0.15 || depth > 5) return ODD[Math.floor(r() * ODD.length)];
  if (Array.isArray(v)) return v.map((x) => mutate(x, r, depth + 1));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(x, r, depth + 1)]));
  return v;
}

test('no Azure detection throws on odd bodies', async () => {
  const detections = selectDetections('azure');
  assert.ok(detections.length >= 15);
  const events: AuditEvent[] = [];
  for (let seed = 1; seed <= 500; seed++) {
    const r = rng(seed);
    const body = mutate(BODY, r);
    events.push({
      id: `e${seed}`, time: Date.parse('2026-11-27T10:00:00Z') + seed * 1000, provider: 'azure', actor: { type: 'User', id: 'u@contoso.com', name: 'u', mfa: null },
      service: 'Microsoft.X', action: OPERATIONS[seed % OPERATIONS.length]!, readOnly: false, resources: r() < 0.2 ? [] : [{ id: `/subscriptions/s/providers/Microsoft.X/y/${seed}` }],
      ...(r() < 0.5 ? { request: body as Record<string, unknown> } : { response: body as Record<string, unknown> }),
      ...(r() < 0.2 ? { errorCode: 'Forbidden' } : {}), additional: { status: r() < 0.8 ? 'Succeeded' : mutate('x', r) }, origin: { file: 'fuzz', index: seed },
    });
  }
  await assert.doesNotReject(() => runDetections(events, detections, detectContext({ knownAccounts: ['a'] }), () => undefined));
});
