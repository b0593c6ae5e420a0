import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

const DATA = { mode: 'data' as const };

test('a data aws_iam_policy_document referenced by json renders to its statements', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'b', { bucket: 'b' });
  b.resource(
    'aws_iam_policy_document',
    'd',
    {
      statement: block({
        sid: 'Read',
        actions: ['s3:GetObject'],
        resources: [unknown('aws_s3_bucket.b.arn is known only after apply')],
        principals: block({ type: 'AWS', identifiers: ['*'] }, { type: 'Service', identifiers: ['a.amazonaws.com', 'b.amazonaws.com'] }),
        condition: block({ test: 'StringEquals', variable: 'aws:SourceAccount', values: ['123'] }),
      }),
    },
    DATA,
  );
  b.resource('aws_s3_bucket_policy', 'p', { bucket: ref('aws_s3_bucket.b'), policy: ref('data.aws_iam_policy_document.d', 'json') });
  const p = propsOf(b, 'aws.s3.bucket', 'aws_s3_bucket.b').policy;
  assert.equal(p.kind, 'explicit');
  assert.deepEqual(p.value, {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Sid: 'Read',
        Action: 's3:GetObject',
        Resource: '${computed: aws_s3_bucket.b.arn is known only after apply}',
        Principal: { AWS: '*', Service: ['a.amazonaws.com', 'b.amazonaws.com'] },
        Condition: { StringEquals: { 'aws:SourceAccount': '123' } },
      },
    ],
  });
});

test('source and override documents merge by Sid; a wildcard principal type is *', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_policy_document', 'base', { statement: block({ sid: 'A', actions: ['s3:*'], resources: ['*'] }, { sid: 'B', actions: ['ec2:*'], resources: ['*'] }) }, DATA);
  b.resource('aws_iam_policy_document', 'over', { statement: block({ sid: 'B', effect: 'Deny', actions: ['ec2:*'], resources: ['*'] }) }, DATA);
  b.resource(
    'aws_iam_policy_document',
    'd',
    {
      source_policy_documents: [ref('data.aws_iam_policy_document.base', 'json')],
      override_policy_documents: [ref('data.aws_iam_policy_document.over', 'json')],
      statement: block({ actions: ['sts:AssumeRole'], principals: block({ type: '*', identifiers: ['*'] }) }),
    },
    DATA,
  );
  b.resource('aws_iam_role', 'r', { name: 'r', assume_role_policy: ref('data.aws_iam_policy_document.d', 'json') });
  const doc = propsOf(b, 'aws.iam.role', 'aws_iam_role.r').trustPolicy.value!;
  assert.deepEqual(
    doc.Statement.map((s) => [s.Sid, s.Effect, s.Action]),
    [
      ['A', 'Allow', 's3:*'],
      ['B', 'Deny', 'ec2:*'],
      [undefined, 'Allow', 'sts:AssumeRole'],
    ],
  );
  assert.equal(doc.Statement[2]!.Principal, '*');
});

test('an unset variable inside the document makes the policy unresolvable, pointing at it', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_policy_document', 'd', { statement: block({ actions: [unknown('var.actions has no value')], resources: ['*'] }) }, DATA);
  b.resource('aws_iam_policy', 'p', { name: 'p', policy: ref('data.aws_iam_policy_document.d', 'json') });
  const d = propsOf(b, 'aws.iam.policy', 'aws_iam_policy.p').document;
  assert.equal(d.kind, 'unresolvable');
  assert.match(d.reason ?? '', /var\.actions has no value/);
  assert.equal(d.source.kind === 'iac' && d.source.startLine, 3);
});
