import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { publicAclGrants } from './aws-b-s3-acl.js';

const acl = (request: Record<string, unknown>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 's3', action: 'PutBucketAcl', readOnly: false, resources: [], request, origin: { file: 't', index: 0 } });
const grant = (uri: string, Permission: string) => ({ Grantee: { 'xsi:type': 'Group', URI: uri }, Permission });

test('canned ACLs, grant headers and ACL bodies', () => {
  assert.deepEqual(publicAclGrants(acl({ bucketName: 'b', 'x-amz-acl': ['public-read'] })), ['AllUsers:READ']);
  assert.deepEqual(publicAclGrants(acl({ bucketName: 'b', 'x-amz-grant-write': 'uri="http://acs.amazonaws.com/groups/global/AuthenticatedUsers"' })), ['AuthenticatedUsers:WRITE']);
  const body = { AccessControlList: { Grant: [grant('http://acs.amazonaws.com/groups/global/AllUsers', 'READ'), { Grantee: { 'xsi:type': 'CanonicalUser', ID: 'abc' }, Permission: 'FULL_CONTROL' }] } };
  assert.deepEqual(publicAclGrants(acl({ bucketName: 'b', AccessControlPolicy: body })), ['AllUsers:READ']);
  // A single grant is logged as an object, not a one-element list.
  assert.deepEqual(publicAclGrants(acl({ AccessControlPolicy: { AccessControlList: { Grant: grant('http://acs.amazonaws.com/groups/global/AuthenticatedUsers', 'FULL_CONTROL') } } })), ['AuthenticatedUsers:FULL_CONTROL']);
});

test('private ACLs and the log-delivery group are not public', () => {
  assert.deepEqual(publicAclGrants(acl({ 'x-amz-acl': ['private'] })), []);
  assert.deepEqual(publicAclGrants(acl({ 'x-amz-acl': 'bucket-owner-full-control' })), []);
  assert.deepEqual(publicAclGrants(acl({ AccessControlPolicy: { AccessControlList: { Grant: [grant('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE')] } } })), []);
});
