/**
 * GCP detections over events with mutated requests and service data: whatever shape a logged request
 * has, no detection may throw.
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

const METHODS = [
  'SetIamPolicy', 'storage.setIamPermissions', 'google.logging.v2.ConfigServiceV2.UpdateSink', 'google.logging.v2.ConfigServiceV2.CreateExclusion', 'v1.compute.firewalls.insert',
  'storage.buckets.update', 'google.cloud.kms.v1.KeyManagementService.UpdateCryptoKeyVersion', 'v1.compute.instances.insert', 'v1.compute.instances.setServiceAccount', 'GenerateAccessToken',
  'google.cloud.orgpolicy.v2.OrgPolicy.UpdatePolicy', 'cloudsql.instances.patch',
];
const REQUEST = {
  name: 'projects/-/serviceAccounts/sa@p.iam.gserviceaccount.com', policy: { bindings: [{ role: 'roles/owner', members: ['allUsers', 'user:x@gmail.com'] }], spec: { reset: true } },
  sink: { disabled: true, exclusions: [{ filter: 'x' }] }, exclusion: { filter: 'y' }, sourceRanges: ['0.0.0.0/0'], alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }],
  iamConfiguration: { uniformBucketLevelAccess: { enabled: false } }, cryptoKeyVersion: { state: 'DISABLED' }, serviceAccounts: [{ email: 'e', scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
  scopes: ['https://www.googleapis.com/auth/cloud-platform'], body: { settings: { ipConfiguration: { authorizedNetworks: [{ value: '0.0.0.0/0' }] } } },
};
const SERVICE_DATA = { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/editor', member: 'serviceAccount:x@other-proj-1.iam.gserviceaccount.com' }], auditConfigDeltas: [{ action: 'REMOVE', service: 's', logType: 'DATA_READ' }] } };
const ODD: unknown[] = [null, 0, '', 'allUsers', 'ADD', true, [], {}, [null], [1, 'x'], { enabled: null }, 'user:', 'domain:', 'serviceAccount:@'];

function mutate(v: unknown, r: () => number, depth = 0): unknown {
  if (r() < 0.15 || depth > 5) return ODD[Math.floor(r() * ODD.length)];
  if (Array.isArray(v)) return v.map((x) => mutate(x, r, depth + 1));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(x, r, depth + 1)]));
  return v;
}

test('no GCP detection throws on odd requests and service data', async () => {
  const detections = selectDetections('gcp');
  assert.ok(detections.length >= 15);
  const events: AuditEvent[] = [];
  for (let seed = 1; seed <= 500; seed++) {
    const r = rng(seed);
    const method = METHODS[seed % METHODS.length]!;
    events.push({
      id: `g${seed}`, time: Date.parse('2026-11-27T10:00:00Z') + seed * 1000, provider: 'gcp', actor: { type: 'User', id: `u${seed % 7}@example.com`, name: 'u', mfa: null },
      service: method.startsWith('storage') ? 'storage' : 'x', action: method, readOnly: false, resources: r() < 0.2 ? [] : [{ id: `projects/p/x/${seed}` }],
      request: mutate(REQUEST, r) as Record<string, unknown>, ...(r() < 0.2 ? { errorCode: 'PERMISSION_DENIED' } : {}),
      additional: { serviceData: mutate(SERVICE_DATA, r), metadata: mutate(REQUEST, r) }, origin: { file: 'fuzz', index: seed },
    });
  }
  await assert.doesNotReject(() => runDetections(events, detections, detectContext({ knownAccounts: ['example.com', 'p'] }), () => undefined));
});
