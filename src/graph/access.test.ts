import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable } from '../model/core/index.js';
import type { Resource } from '../model/core/index.js';
import { AccessModel } from './access.js';
import { judgeAdministrator } from './admin.js';
import { allow, arnOf, doc, managedPolicy, user } from './testing.js';

describe('AccessModel', () => {
  it('denies without asking the evaluator when no identity statement can name the service', () => {
    const alice = user('alice', { inline: { p: doc(allow('s3:GetObject')) } });
    const access = new AccessModel([alice]);
    const d = access.canDo(alice, 'iam:PassRole', '*');
    assert.equal(d.status, 'deny');
    assert.equal(access.evaluationCount, 0);
    assert.equal(access.canDo(alice, 's3:GetObject', 'arn:aws:s3:::b/k').status, 'allow');
    assert.equal(access.evaluationCount, 1);
  });

  it('reads a deny as unknown when a policy that applies is not in the scan, and keeps an allow', () => {
    const bob = user('bob', { attached: [arnOf('policy', 'not-collected')], inline: { p: doc(allow('s3:GetObject')) } });
    const access = new AccessModel([bob]);
    const denied = access.canDo(bob, 'ec2:RunInstances', '*');
    assert.equal(denied.status, 'unknown');
    assert.ok(denied.incomplete?.some((m) => m.includes('not-collected')));
    const allowed = access.canDo(bob, 's3:GetObject', '*');
    assert.equal(allowed.status, 'allow');
    assert.ok(allowed.incomplete);
  });

  it('resolves customer managed policies and treats an unreadable document as missing', () => {
    const ops = managedPolicy('ops', doc(allow('ec2:*')));
    const carol = user('carol', { attached: [arnOf('policy', 'ops')] });
    const unreadable: Resource = { ...managedPolicy('broken', doc()), properties: { ...(managedPolicy('broken', doc()).properties as object), document: unresolvable('AccessDenied') } };
    const dave = user('dave', { attached: [arnOf('policy', 'broken')] });
    const access = new AccessModel([ops, carol, unreadable, dave]);
    assert.equal(access.canDo(carol, 'ec2:RunInstances', '*').status, 'allow');
    assert.equal(access.canDo(dave, 'ec2:RunInstances', '*').status, 'unknown');
  });

  it('calls an administrator only the principal allowed every probe: NotAction that leaves out IAM is not one', () => {
    const power = user('power', { inline: { p: doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }) } });
    const root = user('root-like', { attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] });
    const access = new AccessModel([power, root]);
    assert.equal(judgeAdministrator(access, power).status, 'deny');
    assert.equal(judgeAdministrator(access, root).status, 'allow');
  });
});
