import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../../model/core/index.js';
import { buildGraph } from '../build.js';
import { privescFindings } from '../findings.js';
import { ACCOUNT, allow, arnOf, deny, doc, group, instance, lambdaFunction, managedPolicy, role, trustService, user } from '../testing.js';
import { TECHNIQUES } from './index.js';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const adminRole = (name: string, service: string): Resource => role(name, trustService(service), { attached: [ADMIN] });

/** Rule ids of the privesc findings (status fail) of each principal name. */
function found(resources: Resource[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of privescFindings(buildGraph(resources))) if (f.status === 'fail') out.set(f.resource.name, [...(out.get(f.resource.name) ?? []), f.ruleId].sort());
  return out;
}

describe('privilege-escalation techniques', () => {
  it('every technique has a unique id and a description', () => {
    assert.equal(new Set(TECHNIQUES.map((t) => t.id)).size, TECHNIQUES.length);
    for (const t of TECHNIQUES) assert.ok(t.description.length > 20 && t.requires.length > 0, t.id);
  });

  it('finds each IAM technique and not its near-miss twin', () => {
    const f = found([
      managedPolicy('mine', doc(allow('s3:ListBucket'))),
      user('versioner', { attached: [arnOf('policy', 'mine')], inline: { p: doc(allow('iam:CreatePolicyVersion', arnOf('policy', 'mine'))) } }),
      user('versioner-twin', { attached: [arnOf('policy', 'mine')], inline: { p: doc(allow('iam:CreatePolicyVersion', arnOf('policy', 'other'))) } }),
      user('attacher', { inline: { p: doc(allow('iam:AttachUserPolicy', arnOf('user', 'attacher'))) } }),
      // The condition pins the policy that may be attached to a read-only one: not exploitable.
      user('attacher-twin', { inline: { p: doc(allow('iam:AttachUserPolicy', arnOf('user', 'attacher-twin'), { Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } })) } }),
      user('putter', { inline: { p: doc(allow('iam:Put*', '*')) } }),
      user('putter-twin', { inline: { p: doc(allow('iam:Put*', '*'), deny('iam:PutUserPolicy', '*')) } }),
      group('admins', { attached: [ADMIN] }),
      user('joiner', { inline: { p: doc(allow('iam:AddUserToGroup', arnOf('group', 'admins'))) } }),
      user('joiner-twin', { inline: { p: doc(allow('iam:AddUserToGroup', arnOf('group', 'readers'))) } }),
      user('root-like', { attached: [ADMIN], consolePassword: true }),
      user('keymaker', { inline: { p: doc(allow('iam:CreateAccessKey', arnOf('user', 'root-like'))) } }),
      user('keymaker-twin', { inline: { p: doc(allow('iam:CreateAccessKey', arnOf('user', 'root-like'))) }, boundary: arnOf('policy', 'mine') }),
      user('resetter', { inline: { p: doc(allow('iam:UpdateLoginProfile', '*')) } }),
      user('creator-twin', { inline: { p: doc(allow('iam:CreateLoginProfile', arnOf('user', 'root-like'))) } }),
      adminRole('admin-role', 'ec2.amazonaws.com'),
      user('truster', { inline: { p: doc(allow(['iam:UpdateAssumeRolePolicy'], arnOf('role', 'admin-role'))) } }),
      user('truster-twin', { inline: { p: doc(allow(['iam:UpdateAssumeRolePolicy'], arnOf('role', 'admin-role')), deny('sts:AssumeRole')) } }),
    ]);
    assert.deepEqual(f.get('versioner'), ['aws-iam-privesc-create-policy-version']);
    assert.deepEqual(f.get('attacher'), ['aws-iam-privesc-attach-user-policy']);
    assert.ok(f.get('putter')?.includes('aws-iam-privesc-put-user-policy'));
    assert.deepEqual(f.get('joiner'), ['aws-iam-privesc-add-user-to-group']);
    assert.deepEqual(f.get('keymaker'), ['aws-iam-privesc-create-access-key']);
    assert.ok(f.get('resetter')?.includes('aws-iam-privesc-update-login-profile'));
    assert.deepEqual(f.get('truster'), ['aws-iam-privesc-update-assume-role-policy']);
    // creator-twin: root-like already has a password, so CreateLoginProfile would fail.
    for (const twin of ['versioner-twin', 'attacher-twin', 'putter-twin', 'joiner-twin', 'keymaker-twin', 'creator-twin', 'truster-twin']) assert.equal(f.get(twin), undefined, twin);
  });

  it('finds PassRole to a service only for a role that trusts it, with the service actions and PassedToService allowed', () => {
    const f = found([
      adminRole('automation', 'lambda.amazonaws.com'),
      adminRole('builder', 'codebuild.amazonaws.com'),
      user('deployer', { inline: { p: doc(allow(['lambda:CreateFunction', 'lambda:InvokeFunction']), allow('iam:PassRole')) } }),
      // PassRole only to EC2: the Lambda role cannot be passed to Lambda.
      user('deployer-twin', { inline: { p: doc(allow(['lambda:CreateFunction', 'lambda:InvokeFunction']), allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } })) } }),
      user('ci', { inline: { p: doc(allow(['codebuild:CreateProject', 'codebuild:StartBuild']), allow('iam:PassRole', arnOf('role', 'builder'))) } }),
      user('ci-twin', { inline: { p: doc(allow(['codebuild:CreateProject']), allow('iam:PassRole', arnOf('role', 'builder'))) } }),
    ]);
    assert.deepEqual(f.get('deployer'), ['aws-iam-privesc-passrole-lambda']);
    assert.deepEqual(f.get('ci'), ['aws-iam-privesc-passrole-codebuild']);
    assert.equal(f.get('deployer-twin'), undefined);
    assert.equal(f.get('ci-twin'), undefined);
  });

  it('finds takeovers of existing compute that runs as an administrator role', () => {
    const f = found([
      adminRole('fn-admin', 'lambda.amazonaws.com'),
      lambdaFunction('worker', 'fn-admin'),
      adminRole('host-admin', 'ec2.amazonaws.com'),
      instance('i-host', 'host-admin', null),
      user('coder', { inline: { p: doc(allow('lambda:UpdateFunctionCode', `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:worker`)) } }),
      user('coder-twin', { inline: { p: doc(allow('lambda:UpdateFunctionCode', `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:other`)) } }),
      user('operator', { inline: { p: doc(allow('ssm:SendCommand')) } }),
      user('operator-twin', { inline: { p: doc(allow('ssm:SendCommand', '*', { Condition: { StringEquals: { 'ssm:resourceTag/team': 'web' } } })) } }),
    ]);
    assert.deepEqual(f.get('coder'), ['aws-iam-privesc-lambda-update-code']);
    assert.deepEqual(f.get('operator'), ['aws-iam-privesc-ssm-send-command']);
    assert.equal(f.get('coder-twin'), undefined);
    assert.equal(f.get('operator-twin'), undefined);
  });
});
