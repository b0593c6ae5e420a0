import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyDocument } from '../../model/aws/policy.js';
import { fixtureContext, modelFixture, v } from './aws-logging-fixtures.js';
import { OUTSIDER, ORG_MEMBER, OWNER, organization } from './aws-data-fixtures.js';
import { crossAccountPolicyOutcomes, sharedAccountsOutcome } from './aws-data-sharing.js';
import { keyManagerOf } from './aws-data-keys.js';
import type { RuleContext } from './rule.js';

const topic = (account?: string) =>
  modelFixture('aws.sns.topic', 'events', { kmsKeyId: v(null), policy: v(null) }, account ? { account } : {});
const grant = (...principals: string[]): PolicyDocument => ({ Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sns:Subscribe', Resource: '*' }] });
const statuses = (doc: PolicyDocument, account: string | undefined, ctx: RuleContext) =>
  crossAccountPolicyOutcomes(topic(account), 'policy', v<PolicyDocument | null>(doc), ctx, { subject: 'topic' }).map((o) => o.status);

test('cross-account grants: the owner and organization members are not foreign; others are', () => {
  const withOrg = fixtureContext(organization());
  const alone = fixtureContext([]);
  assert.deepEqual(statuses(grant(`arn:aws:iam::${OWNER}:role/app`), OWNER, alone), ['pass']);
  assert.deepEqual(statuses(grant(`arn:aws:iam::${ORG_MEMBER}:root`), OWNER, withOrg), ['pass']);
  assert.deepEqual(statuses(grant(`arn:aws:iam::${ORG_MEMBER}:root`), OWNER, alone), ['fail']);
  assert.deepEqual(statuses(grant(OUTSIDER), OWNER, withOrg), ['fail']);
});

test('cross-account grants: an org-scoped condition or a public principal is not this check\'s business', () => {
  const ctx = fixtureContext([]);
  const scoped: PolicyDocument = { Statement: [{ Effect: 'Allow', Principal: { AWS: OUTSIDER }, Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-x' } } }] };
  assert.deepEqual(statuses(scoped, OWNER, ctx), ['pass']);
  assert.deepEqual(statuses({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, OWNER, ctx), ['pass']);
});

test('cross-account grants with an unknown owner: Resource ARNs name it, else one account is unknown and two fail', () => {
  const ctx = fixtureContext([]);
  const named: PolicyDocument = { Statement: [{ Effect: 'Allow', Principal: { AWS: OUTSIDER }, Action: 'sns:Publish', Resource: `arn:aws:sns:us-east-1:${OWNER}:events` }] };
  assert.deepEqual(statuses(named, undefined, ctx), ['fail']);
  assert.deepEqual(statuses(grant(OUTSIDER), undefined, ctx), ['unknown']);
  assert.deepEqual(statuses(grant(OWNER, OUTSIDER), undefined, ctx), ['fail']);
});

test('share lists: public `all` and the owner are ignored; organization members pass when known', () => {
  const snap = modelFixture('aws.ec2.snapshot', 'snap', { encrypted: v(true), createVolumePermissions: v([]) }, { account: OWNER });
  const status = (list: string[], ctx: RuleContext) => sharedAccountsOutcome(snap, 'createVolumePermissions', v(list), ctx, 'snapshot').status;
  assert.equal(status(['all', OWNER], fixtureContext([])), 'pass');
  assert.equal(status([ORG_MEMBER], fixtureContext(organization())), 'pass');
  assert.equal(status([ORG_MEMBER, OUTSIDER], fixtureContext(organization())), 'fail');
});

test('key manager: inventory first, AWS aliases, cross-account keys, and the source kind for the rest', () => {
  const owner = topic(OWNER);
  const key = (id: string, manager: 'AWS' | 'CUSTOMER') =>
    modelFixture('aws.kms.key', id, { keyManager: v(manager), keySpec: v('SYMMETRIC_DEFAULT'), rotationEnabled: v(true), enabled: v(true), pendingDeletion: v(false), policy: v(null) }, { account: OWNER });
  const aws = key('aws-rds', 'AWS');
  const live = fixtureContext([aws]);
  assert.equal(keyManagerOf(aws.uid, owner, live).manager, 'AWS');
  assert.equal(keyManagerOf('alias/aws/sns', owner, live).manager, 'AWS');
  assert.equal(keyManagerOf('alias/team', owner, live).manager, 'CUSTOMER');
  assert.equal(keyManagerOf(`arn:aws:kms:us-east-1:${OUTSIDER}:key/abc`, owner, live).manager, 'CUSTOMER');
  // Same account, live, not listed: the KMS listing is missing, so it cannot be told.
  assert.equal(keyManagerOf(`arn:aws:kms:us-east-1:${OWNER}:key/abc`, owner, live).manager, 'unknown');
  assert.equal(keyManagerOf(`arn:aws:kms:us-east-1:${OWNER}:key/abc`, owner, { ...live, sourceKind: 'iac' }).manager, 'CUSTOMER');
});
