import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../../model/audit/event.js';
import { dataEventsState } from './aws-cloudtrail-data-events-dropped.js';
import { destinationState } from './aws-cloudtrail-trail-destination-changed.js';
import { managementEventsState } from './aws-cloudtrail-management-events-dropped.js';

let n = 0;
const ct = (action: string, request: Record<string, unknown>, errorCode?: string): AuditEvent => ({ id: `e${++n}`, time: n, provider: 'aws', account: '222222222222', region: 'us-east-1', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'cloudtrail', action, readOnly: false, resources: [], request, ...(errorCode ? { errorCode } : {}), origin: { file: 't', index: n } });

test('trail destination: remembered per trail, compared with the last bucket, unknown start is low', () => {
  const s = destinationState();
  assert.deepEqual(s.push(ct('CreateTrail', { name: 'org', s3BucketName: 'logs' })), []);
  assert.deepEqual(s.push(ct('UpdateTrail', { name: 'org', s3BucketName: 'logs' })), []);
  const moved = s.push(ct('UpdateTrail', { name: 'arn:aws:cloudtrail:us-east-1:222222222222:trail/org', s3BucketName: 'elsewhere' }));
  assert.equal(moved.length, 1);
  assert.equal(moved[0]!.severity, undefined, 'a known change keeps the detection severity');
  assert.match(moved[0]!.message, /from bucket logs to elsewhere/);
  assert.deepEqual(s.push(ct('UpdateTrail', { name: 'org', s3BucketName: 'elsewhere' })), [], 'the new bucket is now the known one');
  const unknown = s.push(ct('UpdateTrail', { name: 'other', s3BucketName: 'x' }));
  assert.equal(unknown[0]?.severity, 'low');
  assert.deepEqual(s.push(ct('UpdateTrail', { name: 'org', s3BucketName: 'third' }, 'AccessDenied')), [], 'refused calls change nothing');
  assert.equal(s.push(ct('UpdateTrail', { name: 'org', s3BucketName: 'third' })).length, 1);
});

test('data events: losing them fires; never having them fires once as info', () => {
  const s = dataEventsState();
  const sel = (data: boolean) => ({ trailName: 'org', eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: data ? [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] : [] }] });
  assert.deepEqual(s.push(ct('PutEventSelectors', sel(true))), []);
  const lost = s.push(ct('PutEventSelectors', sel(false)));
  assert.equal(lost.length, 1);
  assert.match(lost[0]!.message, /removed data events from trail org/);
  assert.deepEqual(s.push(ct('PutEventSelectors', sel(false))), [], 'already without data events');
  const fresh = dataEventsState().push(ct('PutEventSelectors', sel(false)));
  assert.equal(fresh[0]?.severity, 'info');
});

test('management events: a reduced configuration is reported once per trail until it changes', () => {
  const s = managementEventsState();
  const put = (readWriteType: string, excluded: string[] = []) => ct('PutEventSelectors', { trailName: 'org', eventSelectors: [{ readWriteType, includeManagementEvents: true, excludeManagementEventSources: excluded }] });
  assert.equal(s.push(put('ReadOnly')).length, 1);
  assert.equal(s.push(put('ReadOnly')).length, 0, 'the same gap re-applied');
  assert.equal(s.push(put('All')).length, 0, 'restored');
  assert.equal(s.push(put('ReadOnly')).length, 1, 'removed again');
  assert.match(s.push(put('All', ['kms.amazonaws.com']))[0]!.message, /excluded kms.amazonaws.com/);
});
