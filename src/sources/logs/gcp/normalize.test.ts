import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../../model/audit/event.js';
import { normalizeGcpAudit } from './normalize.js';
import { gcpLogEntry, PROJECT } from './test-support.js';

const at = { file: 'f.json', index: 2 };
const norm = (r: unknown) => normalizeGcpAudit(r, at) as AuditEvent;

test('an admin activity entry: id, time, project, service, method, actor, source, resource, request', () => {
  const e = norm(gcpLogEntry({ insertId: 'abc123' }));
  assert.equal(e.id, 'abc123');
  assert.equal(e.time, Date.parse('2026-11-27T10:00:00.123Z'));
  assert.equal(e.provider, 'gcp');
  assert.equal(e.account, PROJECT);
  assert.equal(e.service, 'iam');
  assert.equal(e.action, 'google.iam.admin.v1.CreateServiceAccountKey');
  assert.equal(e.readOnly, false);
  assert.equal(e.eventType, 'activity');
  assert.deepEqual(e.actor, { type: 'User', id: 'maria.ops@example.com', name: 'maria.ops@example.com', accountId: PROJECT, mfa: null });
  assert.equal(e.sourceIp, '198.51.100.7');
  assert.equal(e.userAgent, 'google-cloud-sdk gcloud/502.0.0');
  assert.deepEqual(e.resources, [{ id: `projects/${PROJECT}/serviceAccounts/deployer@${PROJECT}.iam.gserviceaccount.com`, type: 'service_account', account: PROJECT }]);
  assert.deepEqual(e.request, { name: `projects/-/serviceAccounts/deployer@${PROJECT}.iam.gserviceaccount.com` });
  assert.equal(e.errorCode, undefined);
});

test('read-only from the verb, then the log kind; errors by google.rpc code name', () => {
  assert.equal(norm(gcpLogEntry({ method: 'storage.objects.get', log: 'data_access' })).readOnly, true);
  assert.equal(norm(gcpLogEntry({ method: 'storage.objects.create', log: 'data_access' })).readOnly, false);
  assert.equal(norm(gcpLogEntry({ method: 'v1.compute.instances.aggregatedList' })).readOnly, true);
  assert.equal(norm(gcpLogEntry({ method: 'google.cloud.Frobnicate', log: 'data_access' })).readOnly, true);
  assert.equal(norm(gcpLogEntry({ method: 'google.cloud.Frobnicate' })).readOnly, false);
  assert.equal(norm(gcpLogEntry({ method: 'google.cloud.Frobnicate', log: 'policy' })).readOnly, null);
  const denied = norm(gcpLogEntry({ code: 7 }));
  assert.equal(denied.errorCode, 'PERMISSION_DENIED');
  assert.equal(denied.errorMessage, 'denied');
  assert.equal(norm(gcpLogEntry({ code: 99 })).errorCode, '99');
});

test('service accounts, federated identities, system events without a principal; org-level logs', () => {
  assert.equal(norm(gcpLogEntry({ principal: `ci@${PROJECT}.iam.gserviceaccount.com` })).actor.type, 'ServiceAccount');
  const fed = norm(gcpLogEntry({ protoPayload: { authenticationInfo: { principalSubject: 'principal://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/subject/repo:x' } } }));
  assert.equal(fed.actor.type, 'FederatedIdentity');
  const sys = norm(gcpLogEntry({ log: 'system_event', protoPayload: { authenticationInfo: {} } }));
  assert.equal(sys.actor.id, 'unknown');
  const org = { ...gcpLogEntry(), logName: 'organizations/1234567/logs/cloudaudit.googleapis.com%2Factivity', resource: { type: 'organization', labels: { organization_id: '1234567' } } };
  assert.equal(norm(org).account, 'organizations/1234567');
  const zoned = norm(gcpLogEntry({ resource: { type: 'gce_instance', labels: { project_id: PROJECT, zone: 'europe-west1-b' } } }));
  assert.equal(zoned.region, 'europe-west1-b');
});

test('serviceData, metadata and labels are kept for detections', () => {
  const e = norm(gcpLogEntry({ protoPayload: { serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: 'user:a@example.com' }] } }, metadata: { k: 1 } } }));
  assert.deepEqual((e.additional?.['serviceData'] as { policyDelta: unknown }).policyDelta, { bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: 'user:a@example.com' }] });
  assert.deepEqual(e.additional?.['metadata'], { k: 1 });
});

test('entries that are not audit events are refused with a reason', () => {
  assert.equal(normalizeGcpAudit(null, at), 'entry is not a JSON object');
  assert.equal(normalizeGcpAudit({ timestamp: 'x' }, at), 'entry has no valid timestamp');
  assert.equal(normalizeGcpAudit({ timestamp: '2026-11-27T10:00:00Z', textPayload: 'hello' }, at), 'entry has no protoPayload (not an audit log entry)');
  assert.equal(normalizeGcpAudit({ timestamp: '2026-11-27T10:00:00Z', protoPayload: {} }, at), 'entry has no protoPayload.methodName');
  const noId = norm({ ...gcpLogEntry(), insertId: undefined });
  assert.equal(noId.id, 'f.json#2');
});
