import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { trailCoverage } from './aws-b-trail-selectors.js';

const put = (request: Record<string, unknown>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'cloudtrail', action: 'PutEventSelectors', readOnly: false, resources: [], request, origin: { file: 't', index: 0 } });

test('basic selectors: defaults log all management events; read-only or excluded is not writes', () => {
  assert.deepEqual(trailCoverage(put({ eventSelectors: [{}] })), { managementWrites: true, excludedSources: [], dataEvents: false });
  assert.equal(trailCoverage(put({ eventSelectors: [{ readWriteType: 'ReadOnly', includeManagementEvents: true }] }))?.managementWrites, false);
  assert.equal(trailCoverage(put({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }] }))?.dataEvents, true);
  assert.deepEqual(trailCoverage(put({ eventSelectors: [{ excludeManagementEventSources: ['kms.amazonaws.com'] }] }))?.excludedSources, ['kms.amazonaws.com']);
});

test('advanced selectors: management only when not limited to reads; data when a Data category exists', () => {
  const mgmt = { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] };
  const readOnly = { fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['true'] }] };
  const data = { fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }] };
  assert.deepEqual(trailCoverage(put({ advancedEventSelectors: [mgmt, data] })), { managementWrites: true, excludedSources: [], dataEvents: true });
  assert.equal(trailCoverage(put({ advancedEventSelectors: [readOnly] }))?.managementWrites, false);
  assert.equal(trailCoverage(put({ advancedEventSelectors: [data] }))?.managementWrites, false);
});

test('a request without selectors has nothing to judge', () => {
  assert.equal(trailCoverage(put({ trailName: 't' })), undefined);
});
