import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, type Resource } from '../model/core/index.js';
import type { PolicyDocument } from '../model/aws/policy.js';
import { IacArns } from './iac-arns.js';

function declared(type: string, address: string, properties: Record<string, unknown>, region?: string): Resource {
  return {
    uid: `.:${address}`, type, provider: 'aws', account: '210987654321', ...(region ? { region } : {}), name: address.split('.').pop()!,
    tags: explicit({}), properties, origin: { kind: 'iac', framework: 'terraform', file: 'main.tf', startLine: 1, endLine: 3, address }, source: { kind: 'none' },
  } as Resource;
}

const resources = [
  declared('aws.ec2.instance', 'aws_instance.web', {}),
  declared('aws.lambda.function', 'aws_lambda_function.fn', { functionName: explicit('api') }, 'eu-west-1'),
  declared('aws.iam.role', 'aws_iam_role.app', { roleName: explicit('app'), path: explicit('/svc/') }),
  declared('aws.s3.bucket', 'aws_s3_bucket.data', { bucketName: explicit('acme-data') }),
];
const arns = new IacArns(resources);

test('declared resources get the ARN AWS will give them, or a literal naming their address', () => {
  assert.deepEqual(resources.map((r) => arns.arnOf(r)), [
    'terraform:aws_instance.web.arn',
    'arn:aws:lambda:eu-west-1:210987654321:function:api',
    'arn:aws:iam::210987654321:role/svc/app',
    'arn:aws:s3:::acme-data',
  ]);
  const live = { ...resources[0]!, uid: 'arn:aws:ec2:eu-west-1:210987654321:instance/i-1', origin: { kind: 'live', call: 'ec2:DescribeInstances' } } as Resource;
  assert.equal(arns.arnOf(live), live.uid);
  assert.equal(arns.arnOf(declared('aws.lambda.function', 'aws_lambda_function.noregion', { functionName: explicit('x') })), 'terraform:aws_lambda_function.noregion.arn', 'no region: not derivable');
});

test('Terraform references in Resource and NotResource become those ARNs; IAM policy variables stay', () => {
  const doc: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'ssm:SendCommand', Resource: '${aws_instance.web.arn}' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: ['${aws_s3_bucket.data.arn}/*', 'arn:aws:s3:::home/${aws:username}/*'] },
      { Effect: 'Deny', Action: 'lambda:*', NotResource: '${aws_lambda_function.fn.arn}' },
      { Effect: 'Allow', Action: 'ec2:*', Resource: '${aws_instance.gone.arn}' },
      { Effect: 'Allow', Action: 'ec2:*', Resource: '${aws_instance.web.id}' },
    ],
  };
  const out = arns.literal(doc);
  assert.deepEqual(out.Statement.map((s) => s.Resource ?? s.NotResource), [
    'terraform:aws_instance.web.arn',
    ['arn:aws:s3:::acme-data/*', 'arn:aws:s3:::home/${aws:username}/*'],
    'arn:aws:lambda:eu-west-1:210987654321:function:api',
    'terraform:aws_instance.gone.arn',
    '${aws_instance.web.id}',
  ]);
  const plain: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  assert.equal(arns.literal(plain), plain, 'nothing to replace: the same document');
});
