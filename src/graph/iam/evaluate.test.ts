import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyStatement } from '../../model/aws/policy.js';
import { compileApplicable, evaluateRequest } from './evaluate.js';
import type { ApplicablePolicies, AuthorizationRequest, NamedPolicy } from './types.js';

const A = '111111111111';
const B = '222222222222';
const ALICE = `arn:aws:iam::${A}:user/alice`;
const SESSION = `arn:aws:sts::${A}:assumed-role/dev/s1`;
const BUCKET_OBJ = 'arn:aws:s3:::reports/q1.csv';
const QUEUE = `arn:aws:sqs:us-east-1:${A}:jobs`;

const doc = (id: string, ...Statement: PolicyStatement[]): NamedPolicy => ({ id, document: { Version: '2012-10-17', Statement } });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...extra });
const deny = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Deny', Action, Resource, ...extra });

function decide(request: Partial<AuthorizationRequest> & { principal?: AuthorizationRequest['principal'] }, policies: Partial<ApplicablePolicies>) {
  const req: AuthorizationRequest = { principal: { arn: ALICE }, action: 's3:GetObject', resource: BUCKET_OBJ, resourceAccount: A, ...request };
  return evaluateRequest(req, compileApplicable({ identity: [], ...policies }));
}

test('an explicit deny anywhere beats every allow, and the explanation names it', () => {
  const r = decide({}, { identity: [doc('admin', allow('*')), doc('guard', { ...deny('s3:*'), Sid: 'NoS3' })] });
  assert.equal(r.decision, 'ExplicitDeny');
  assert.equal(r.decidedBy, 'explicit-deny');
  assert.match(r.summary, /guard statement NoS3/);
  assert.ok(r.statements.some((s) => s.policy === 'admin' && s.applies && s.effect === 'Allow'));
  const scpDeny = decide({}, { identity: [doc('admin', allow('*'))], scps: [[doc('FullAWSAccess', allow('*')), doc('deny-s3', deny('s3:GetObject'))]] });
  assert.equal(scpDeny.decision, 'ExplicitDeny');
});

test('an identity allow alone grants within the account; nothing applicable is an implicit deny', () => {
  assert.equal(decide({}, { identity: [doc('read', allow('s3:GetObject', 'arn:aws:s3:::reports/*'))] }).decision, 'Allow');
  const none = decide({}, { identity: [doc('read', allow('s3:GetObject', 'arn:aws:s3:::other/*'))] });
  assert.equal(none.decision, 'ImplicitDeny');
  assert.equal(none.statements[0]?.because, 'resource');
});

test('SCPs: every level of the path must allow; service-linked roles are exempt', () => {
  const identity = [doc('admin', allow('*'))];
  const scps = [[doc('FullAWSAccess', allow('*'))], [doc('only-ec2', allow('ec2:*'))]];
  const r = decide({}, { identity, scps });
  assert.equal(r.decision, 'ImplicitDeny');
  assert.equal(r.decidedBy, 'scp');
  assert.match(r.summary, /level 1/);
  assert.equal(decide({}, { identity, scps: [[doc('FullAWSAccess', allow('*'))], [doc('s3', allow('s3:Get*'))]] }).decision, 'Allow');
  const slr = { arn: `arn:aws:sts::${A}:assumed-role/AWSServiceRoleForX/s`, roleArn: `arn:aws:iam::${A}:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX` };
  assert.equal(decide({ principal: slr }, { identity, scps }).decision, 'Allow');
});

test('RCPs apply to the resource account for services that support them, and only those', () => {
  const identity = [doc('admin', allow('*'))];
  const rcps = [[doc('RCPFullAWSAccess', allow('*', '*', { Principal: '*' })), doc('no-sqs', { ...deny('*', '*', { Principal: '*' }) })]];
  assert.equal(decide({ action: 'sqs:SendMessage', resource: QUEUE }, { identity, rcps }).decision, 'ExplicitDeny');
  assert.equal(decide({ action: 'ec2:StartInstances', resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1` }, { identity, rcps }).decision, 'Allow');
  assert.equal(decide({ action: 'sqs:SendMessage', resource: QUEUE }, { identity, rcps: [[doc('empty', deny('ec2:*', '*', { Principal: '*' }))]] }).decidedBy, 'rcp');
});

test('a permissions boundary caps identity permissions', () => {
  const identity = [doc('admin', allow('*'))];
  const r = decide({}, { identity, permissionsBoundary: doc('pb', allow('ec2:*')) });
  assert.equal(r.decision, 'ImplicitDeny');
  assert.equal(r.decidedBy, 'boundary');
  assert.equal(decide({}, { identity, permissionsBoundary: doc('pb', allow('s3:*')) }).decision, 'Allow');
  assert.equal(decide({}, { identity: [doc('ec2', allow('ec2:*'))], permissionsBoundary: doc('pb', allow('s3:*')) }).decidedBy, 'identity');
});

test('session policies intersect the role session permissions', () => {
  const identity = [doc('admin', allow('*'))];
  const principal = { arn: SESSION };
  assert.equal(decide({ principal }, { identity, session: [doc('sp', allow('ec2:*'))] }).decidedBy, 'session');
  assert.equal(decide({ principal }, { identity, session: [doc('sp', allow('s3:GetObject'))] }).decision, 'Allow');
});

test('resource policies in the same account: user and session ARNs grant alone, a role ARN is capped, an account delegates', () => {
  const grantTo = (AWS: string) => doc('bucket', allow('s3:GetObject', BUCKET_OBJ, { Principal: { AWS } }));
  const boundary = doc('pb', allow('ec2:*'));
  // Named user: no identity policy needed, and an implicit deny in the boundary does not limit it.
  assert.equal(decide({}, { resource: grantTo(ALICE), permissionsBoundary: boundary }).decision, 'Allow');
  // Named session: the same.
  assert.equal(decide({ principal: { arn: SESSION } }, { resource: grantTo(SESSION), session: [doc('sp', allow('ec2:*'))] }).decision, 'Allow');
  // Named role: its sessions are allowed, but boundary and session policy still cap them.
  const role = `arn:aws:iam::${A}:role/dev`;
  assert.equal(decide({ principal: { arn: SESSION } }, { resource: grantTo(role) }).decision, 'Allow');
  const capped = decide({ principal: { arn: SESSION } }, { resource: grantTo(role), permissionsBoundary: boundary });
  assert.equal(capped.decision, 'ImplicitDeny');
  assert.match(capped.summary, /names the role/);
  // Account root: delegates to identity policies, which grant nothing here.
  assert.equal(decide({}, { resource: grantTo(`arn:aws:iam::${A}:root`) }).decision, 'ImplicitDeny');
  assert.equal(decide({}, { resource: grantTo(A), identity: [doc('read', allow('s3:GetObject'))] }).decision, 'Allow');
});

test('KMS key policies and role trust policies must allow themselves or delegate to the account', () => {
  const key = `arn:aws:kms:us-east-1:${A}:key/1234`;
  const identity = [doc('kms', allow('kms:Decrypt'))];
  const decrypt = { action: 'kms:Decrypt', resource: key };
  assert.equal(decide(decrypt, { identity, resource: doc('key', allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:user/bob` } })) }).decision, 'ImplicitDeny');
  assert.equal(decide(decrypt, { identity, resource: doc('key', allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:root` } })) }).decision, 'Allow');
  assert.equal(decide(decrypt, { resource: doc('key', allow('kms:Decrypt', '*', { Principal: { AWS: ALICE } })) }).decision, 'Allow');
  const assume = { action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/admin` };
  const trustsOther = doc('trust', allow('sts:AssumeRole', '*', { Principal: { Service: 'ec2.amazonaws.com' } }));
  assert.equal(decide(assume, { identity: [doc('assume', allow('sts:AssumeRole'))], resource: trustsOther }).decision, 'ImplicitDeny');
});

test('cross-account: both the resource policy and the caller identity must allow', () => {
  const bob = { arn: `arn:aws:iam::${B}:user/bob` };
  const identity = [doc('read', allow('s3:GetObject'))];
  const bucket = doc('bucket', allow('s3:GetObject', BUCKET_OBJ, { Principal: { AWS: B } }));
  assert.equal(decide({ principal: bob }, { identity, resource: bucket }).decision, 'Allow');
  const noResource = decide({ principal: bob }, { identity });
  assert.equal(noResource.decision, 'ImplicitDeny');
  assert.equal(noResource.decidedBy, 'cross-account');
  const noIdentity = decide({ principal: bob }, { resource: bucket });
  assert.equal(noIdentity.decision, 'ImplicitDeny');
  assert.match(noIdentity.summary, /no identity-based policy/);
  assert.equal(decide({ principal: bob }, { identity, resource: bucket, permissionsBoundary: doc('pb', allow('ec2:*')) }).decision, 'ImplicitDeny');
});

test('NotAction allow with a deny; NotResource', () => {
  const identity = [doc('broad', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), doc('guard', deny('s3:DeleteObject'))];
  assert.equal(decide({}, { identity }).decision, 'Allow');
  assert.equal(decide({ action: 's3:DeleteObject' }, { identity }).decision, 'ExplicitDeny');
  assert.equal(decide({ action: 'iam:CreateUser', resource: '*' }, { identity }).decision, 'ImplicitDeny');
  const notResource = [doc('all-but', { Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::reports/*' })];
  assert.equal(decide({}, { identity: notResource }).decision, 'ImplicitDeny');
  assert.equal(decide({ resource: 'arn:aws:s3:::public/x' }, { identity: notResource }).decision, 'Allow');
});

test('NotPrincipal deny: everyone but the listed principals; always with a permissions boundary', () => {
  const identity = [doc('read', allow('s3:GetObject'))];
  const bucket = doc('bucket', { Effect: 'Deny', Action: 's3:*', Resource: '*', NotPrincipal: { AWS: [ALICE, A] } });
  assert.equal(decide({}, { identity, resource: bucket }).decision, 'Allow');
  assert.equal(decide({ principal: { arn: `arn:aws:iam::${B}:user/bob` } }, { identity, resource: bucket }).decision, 'ExplicitDeny');
  assert.equal(decide({}, { identity, resource: bucket, permissionsBoundary: doc('pb', allow('*')) }).decision, 'ExplicitDeny');
});

test('policy variables, IfExists and ForAllValues on a missing key decide as documented', () => {
  const home = [doc('home', allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*'))];
  assert.equal(decide({ resource: 'arn:aws:s3:::home/alice/a.txt' }, { identity: home }).decision, 'Allow');
  assert.equal(decide({ resource: 'arn:aws:s3:::home/bob/a.txt' }, { identity: home }).decision, 'ImplicitDeny');
  const mfa = [doc('mfa', allow('s3:*', '*', { Condition: { NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '3600' } } }))];
  assert.equal(decide({}, { identity: mfa }).decision, 'Allow');
  assert.equal(decide({ context: { 'aws:MultiFactorAuthAge': '7200' } }, { identity: mfa }).decision, 'ImplicitDeny');
  const tags = [doc('tags', allow('s3:*', '*', { Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } } }))];
  assert.equal(decide({}, { identity: tags }).decision, 'Allow', 'ForAllValues holds when the key is missing');
  assert.equal(decide({ context: { 'aws:TagKeys': ['env', 'owner'] } }, { identity: tags }).decision, 'ImplicitDeny');
});

test('anonymous callers and AWS services are judged by the resource policy alone', () => {
  const open = doc('bucket', allow('s3:GetObject', BUCKET_OBJ, { Principal: '*' }));
  assert.equal(decide({ principal: { arn: '*' } }, { resource: open }).decision, 'Allow');
  assert.equal(decide({ principal: { arn: '*' } }, { identity: [doc('x', allow('*'))] }).decision, 'ImplicitDeny');
  const forLambda = doc('queue', allow('sqs:SendMessage', QUEUE, { Principal: { Service: 'lambda.amazonaws.com' } }));
  assert.equal(decide({ principal: { arn: 'lambda.amazonaws.com' }, action: 'sqs:SendMessage', resource: QUEUE }, { resource: forLambda }).decision, 'Allow');
});

test('sts:GetCallerIdentity needs no permission', () => {
  assert.equal(decide({ action: 'sts:GetCallerIdentity', resource: '*' }, { identity: [doc('deny', deny('*'))] }).decision, 'Allow');
});

test('the root user needs no identity policy, stays within SCPs, and needs a resource policy across accounts', () => {
  const root = { arn: `arn:aws:iam::${A}:root` };
  assert.equal(decide({ principal: root }, {}).decision, 'Allow');
  assert.equal(decide({ principal: root }, { scps: [[doc('only-ec2', allow('ec2:*'))]] }).decidedBy, 'scp');
  const queue = `arn:aws:sqs:us-east-1:${B}:jobs`;
  const other = { action: 'sqs:SendMessage', resource: queue, resourceAccount: B, principal: root };
  assert.equal(decide(other, {}).decision, 'ImplicitDeny');
  assert.equal(decide(other, { resource: doc('queue', allow('sqs:SendMessage', queue, { Principal: { AWS: A } })) }).decision, 'Allow');
});
