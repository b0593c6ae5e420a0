import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPublicPolicy } from './policy-status.js';

const doc = (st: object) => JSON.stringify({ Version: '2012-10-17', Statement: [st] });
const allowAll = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

test('an Allow to everyone without a pinning condition is public', () => {
  assert.equal(isPublicPolicy(doc(allowAll)), true);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Principal: { AWS: '*' } })), true);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } })), true);
  // A wildcard value or an IfExists operator pins nothing.
  assert.equal(isPublicPolicy(doc({ ...allowAll, Condition: { StringLike: { 'aws:SourceVpce': 'vpce-*' } } })), true);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } } })), true);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })), true);
});

test('fixed principals, narrowing conditions, denies and no policy are not public', () => {
  assert.equal(isPublicPolicy(null), false);
  assert.equal(isPublicPolicy('{oops'), false);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Principal: { AWS: 'arn:aws:iam::111122223333:root' } })), false);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Effect: 'Deny' })), false);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })), false);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Condition: { StringEquals: { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } } })), false);
  assert.equal(isPublicPolicy(doc({ ...allowAll, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })), false);
});
