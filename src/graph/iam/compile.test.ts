import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyStatement } from '../../model/aws/policy.js';
import { actionApplies, candidates, compilePolicy } from './compile.js';
import { compilePrincipals, principalInfo } from './principals.js';
import { compilePattern } from './wildcard.js';

function policy(...Statement: PolicyStatement[]) {
  return compilePolicy({ id: 'p', document: { Version: '2012-10-17', Statement } });
}

test('actions are indexed by service: a request visits only the statements that can name it', () => {
  const p = policy(
    { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Effect: 'Allow', Action: ['sqs:*', 'sns:Publish'], Resource: '*' },
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' },
  );
  assert.deepEqual(candidates(p, 's3'), [0, 2, 3]);
  assert.deepEqual(candidates(p, 'sns'), [1, 2, 3]);
  assert.deepEqual(candidates(p, 'ec2'), [2, 3]);
});

test('action matching is case-insensitive, with `*` and `?` wildcards, and NotAction inverts it', () => {
  const [exact, wild, not] = policy(
    { Effect: 'Allow', Action: 'S3:getobject', Resource: '*' },
    { Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe?nstances'], Resource: '*' },
    { Effect: 'Allow', NotAction: ['iam:*', 's3:Delete*'], Resource: '*' },
  ).statements;
  assert.ok(actionApplies(exact!.actions, 's3:getobject'));
  assert.ok(!actionApplies(exact!.actions, 's3:getobjectacl'));
  assert.ok(actionApplies(wild!.actions, 's3:getbucketpolicy'));
  assert.ok(actionApplies(wild!.actions, 'ec2:describeinstances'));
  assert.ok(!actionApplies(wild!.actions, 'ec2:describeinstancestatus'));
  assert.ok(actionApplies(not!.actions, 's3:getobject'));
  assert.ok(!actionApplies(not!.actions, 'iam:createuser'));
  assert.ok(!actionApplies(not!.actions, 's3:deleteobject'));
});

test('resource patterns are ARN-segment aware and case-sensitive', () => {
  const arn = (p: string) => compilePattern(p, { arnSegments: true, variables: true });
  assert.ok(arn('arn:aws:s3:::bucket/*').matches('arn:aws:s3:::bucket/a/b:c'));
  assert.ok(arn('arn:aws:sqs:*:111111111111:queue').matches('arn:aws:sqs:us-east-1:111111111111:queue'));
  assert.ok(!arn('arn:aws:sqs:*:queue').matches('arn:aws:sqs:us-east-1:111111111111:queue'), 'a wildcard does not cross segments');
  assert.ok(arn('arn:aws:sqs:us-?ast-1:111111111111:queue').matches('arn:aws:sqs:us-east-1:111111111111:queue'));
  assert.ok(!arn('arn:aws:s3:::Bucket/*').matches('arn:aws:s3:::bucket/key'));
  assert.ok(arn('*').matches('anything'));
  // The final segment takes everything after the fifth colon, colons included.
  assert.ok(arn('arn:aws:logs:us-east-1:111111111111:log-group:*').matches('arn:aws:logs:us-east-1:111111111111:log-group:a:log-stream:b'));
});

test('policy variables in resources are filled per request, as literal text, and need the 2012-10-17 language', () => {
  const pattern = compilePattern('arn:aws:s3:::home/${aws:username}/*', { arnSegments: true, variables: true });
  const lookup = { variable: (name: string) => (name === 'aws:username' ? 'alice' : undefined) };
  assert.ok(pattern.matches('arn:aws:s3:::home/alice/notes.txt', lookup));
  assert.ok(!pattern.matches('arn:aws:s3:::home/bob/notes.txt', lookup));
  assert.ok(!pattern.matches('arn:aws:s3:::home/alice/notes.txt', { variable: () => undefined }), 'a missing variable matches nothing');
  const star = compilePattern('arn:aws:s3:::home/${aws:username}', { arnSegments: true, variables: true });
  assert.ok(!star.matches('arn:aws:s3:::home/anything', { variable: () => '*' }), 'a substituted `*` is not a wildcard');
  assert.ok(compilePattern('arn:aws:s3:::a${*}b', { arnSegments: true, variables: true }).matches('arn:aws:s3:::a*b'));
  const old = compilePolicy({ id: 'old', document: { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::${aws:username}' }] } });
  assert.ok(old.statements[0]!.resources!.patterns[0]!.matches('arn:aws:s3:::${aws:username}'));
});

test('principals: wildcard, direct ARNs, roles (and their sessions), accounts, services', () => {
  const p = compilePrincipals({
    AWS: ['arn:aws:iam::111111111111:user/alice', 'arn:aws:iam::111111111111:role/path/dev', '222222222222', 'arn:aws:iam::333333333333:root'],
    Service: 'lambda.amazonaws.com',
  });
  assert.equal(p.match(principalInfo('arn:aws:iam::111111111111:user/alice')), 'direct');
  assert.equal(p.match(principalInfo('arn:aws:sts::111111111111:assumed-role/dev/session')), 'role');
  assert.equal(p.match(principalInfo('arn:aws:iam::111111111111:role/path/dev')), 'role');
  assert.equal(p.match(principalInfo('arn:aws:iam::222222222222:user/bob')), 'account');
  assert.equal(p.match(principalInfo('arn:aws:sts::333333333333:assumed-role/x/y')), 'account');
  assert.equal(p.match(principalInfo('lambda.amazonaws.com')), 'direct');
  assert.equal(p.match(principalInfo('arn:aws:iam::111111111111:user/mallory')), 'none');
  assert.equal(p.match(principalInfo('*')), 'none');
  assert.equal(compilePrincipals('*').match(principalInfo('*')), 'wildcard');
  assert.equal(compilePrincipals({ AWS: '*' }).match(principalInfo('arn:aws:iam::999999999999:user/x')), 'wildcard');
});

test('a statement with an unknown condition operator never applies and its error is kept', () => {
  const p = policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringSorta: { 'aws:SourceIp': 'x' } } });
  assert.equal(p.errors.length, 1);
  assert.deepEqual(candidates(p, 's3'), []);
});
