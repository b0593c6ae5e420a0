import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable } from '../../../model/core/index.js';
import { ALL_USERS_URI, fixtureContext, modelFixture, s3BucketProps, v, type Outcome } from '../../kit/index.js';
import type { PublicAccessBlockSettings } from '../../../model/aws/s3.js';
import rule from './aws-s3-bucket-public-acl.js';
import writeRule from './aws-s3-bucket-public-write-acl.js';

const pabOff: PublicAccessBlockSettings = { blockPublicAcls: v(false), ignorePublicAcls: v(false), blockPublicPolicy: v(false), restrictPublicBuckets: v(false) };
const status = (o: ReturnType<typeof rule.evaluate>) => (o as Outcome).status;

test('public-read with ACLs enabled and IgnorePublicAcls off fails', () => {
  const b = modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { cannedAcl: v('public-read'), objectOwnership: v('ObjectWriter'), publicAccessBlock: pabOff }));
  const o = rule.evaluate(b, fixtureContext([b])) as Outcome;
  assert.equal(o.status, 'fail');
  assert.match(o.message, /public-read/);
});

test('a public ACL is moot under BucketOwnerEnforced, bucket IgnorePublicAcls, or the account setting', () => {
  const enforced = modelFixture('aws.s3.bucket', 'a', s3BucketProps('a', { cannedAcl: v('public-read'), publicAccessBlock: pabOff }));
  assert.equal(status(rule.evaluate(enforced, fixtureContext([enforced]))), 'pass');
  const ignored = modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { cannedAcl: v('public-read'), objectOwnership: v('ObjectWriter'), publicAccessBlock: { ...pabOff, ignorePublicAcls: v(true) } }));
  assert.equal(status(rule.evaluate(ignored, fixtureContext([ignored]))), 'pass');
  const opts = { account: '111122223333' };
  const bare = modelFixture('aws.s3.bucket', 'c', s3BucketProps('c', { cannedAcl: v('public-read'), objectOwnership: v('ObjectWriter'), publicAccessBlock: pabOff }), opts);
  const acct = modelFixture('aws.s3.account-public-access-block', 'acct', { ...pabOff, ignorePublicAcls: v(true) }, opts);
  assert.equal(status(rule.evaluate(bare, fixtureContext([bare, acct]))), 'pass');
  const otherAcct = modelFixture('aws.s3.account-public-access-block', 'acct', { ...pabOff, ignorePublicAcls: v(true) }, { account: '444455556666' });
  assert.equal(status(rule.evaluate(bare, fixtureContext([bare, otherAcct]))), 'fail');
});

test('AllUsers grant fails; an unresolvable mitigation makes it unknown, never pass or fail', () => {
  const grants = v([{ grantee: ALL_USERS_URI, granteeType: 'Group' as const, permission: 'READ' as const }]);
  const b = modelFixture('aws.s3.bucket', 'b', s3BucketProps('b', { grants, objectOwnership: v('ObjectWriter'), publicAccessBlock: pabOff }));
  assert.equal(status(rule.evaluate(b, fixtureContext([b]))), 'fail');
  const u = modelFixture('aws.s3.bucket', 'u', s3BucketProps('u', { grants, objectOwnership: unresolvable('var.ownership has no value'), publicAccessBlock: pabOff }));
  assert.equal(status(rule.evaluate(u, fixtureContext([u]))), 'unknown');
  const privateUnknownOwner = modelFixture('aws.s3.bucket', 'p', s3BucketProps('p', { objectOwnership: unresolvable('x') }));
  assert.equal(status(rule.evaluate(privateUnknownOwner, fixtureContext([privateUnknownOwner]))), 'pass');
  const unknownAcl = modelFixture('aws.s3.bucket', 'q', s3BucketProps('q', { cannedAcl: unresolvable('var.acl'), objectOwnership: v('ObjectWriter'), publicAccessBlock: pabOff }));
  assert.equal(status(rule.evaluate(unknownAcl, fixtureContext([unknownAcl]))), 'unknown');
});

test('write rule: READ to everyone passes, WRITE_ACP or public-read-write fails', () => {
  const read = modelFixture('aws.s3.bucket', 'r', s3BucketProps('r', { cannedAcl: v('public-read'), objectOwnership: v('ObjectWriter'), publicAccessBlock: pabOff }));
  assert.equal(status(writeRule.evaluate(read, fixtureContext([read]))), 'pass');
  const rw = modelFixture('aws.s3.bucket', 'w', s3BucketProps('w', { cannedAcl: v('public-read-write'), objectOwnership: v('ObjectWriter'), publicAccessBlock: pabOff }));
  assert.equal(status(writeRule.evaluate(rw, fixtureContext([rw]))), 'fail');
  const acp = modelFixture('aws.s3.bucket', 'a', s3BucketProps('a', {
    grants: v([{ grantee: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', granteeType: 'Group' as const, permission: 'WRITE_ACP' as const }]),
    objectOwnership: v('BucketOwnerPreferred'),
    publicAccessBlock: pabOff,
  }));
  assert.equal(status(writeRule.evaluate(acp, fixtureContext([acp]))), 'fail');
});
