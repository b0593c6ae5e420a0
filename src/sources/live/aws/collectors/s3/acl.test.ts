import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Grant } from '@aws-sdk/client-s3';
import { cannedAclOf, toModelGrants } from './acl.js';

const OWNER = 'owner-id';
const owner = { Grantee: { Type: 'CanonicalUser' as const, ID: OWNER }, Permission: 'FULL_CONTROL' as const };
const group = (uri: string, Permission: 'READ' | 'WRITE' | 'READ_ACP') => ({ Grantee: { Type: 'Group' as const, URI: `http://acs.amazonaws.com/groups/${uri}` }, Permission });

test('grants map to the model by grantee type', () => {
  assert.deepEqual(toModelGrants([owner, group('global/AllUsers', 'READ'), { Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'a@example.com' }, Permission: 'WRITE_ACP' }]), [
    { grantee: OWNER, granteeType: 'CanonicalUser', permission: 'FULL_CONTROL' },
    { grantee: 'http://acs.amazonaws.com/groups/global/AllUsers', granteeType: 'Group', permission: 'READ' },
    { grantee: 'a@example.com', granteeType: 'AmazonCustomerByEmail', permission: 'WRITE_ACP' },
  ]);
  assert.deepEqual(toModelGrants(undefined), []);
});

test('the canned ACL is recognised from the grants, else custom', () => {
  const canned = (...gs: Grant[]) => cannedAclOf(toModelGrants(gs), OWNER);
  assert.equal(canned(owner), 'private');
  assert.equal(canned(owner, group('global/AllUsers', 'READ')), 'public-read');
  assert.equal(canned(owner, group('global/AllUsers', 'WRITE'), group('global/AllUsers', 'READ')), 'public-read-write');
  assert.equal(canned(owner, group('global/AuthenticatedUsers', 'READ')), 'authenticated-read');
  assert.equal(canned(owner, group('s3/LogDelivery', 'WRITE'), group('s3/LogDelivery', 'READ_ACP')), 'log-delivery-write');
  assert.equal(canned(owner, group('global/AllUsers', 'READ_ACP')), 'custom');
  assert.equal(canned(group('global/AllUsers', 'READ')), 'custom', 'without the owner\'s full control it is no canned ACL');
});
