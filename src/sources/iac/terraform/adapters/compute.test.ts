import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('a function with permissions joined as resource-policy statements', () => {
  const b = new TfBuilder();
  b.resource('aws_iam_role', 'r', { name: 'r', assume_role_policy: '{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}' });
  b.resource('aws_lambda_function', 'f', {
    function_name: 'f',
    role: ref('aws_iam_role.r', 'arn'),
    runtime: 'python3.12',
    environment: block({ variables: { DB_PASSWORD: 'hunter2' } }),
    vpc_config: block({ subnet_ids: [ref('aws_subnet.a')], security_group_ids: [] }),
  });
  b.resource('aws_lambda_permission', 's3', {
    statement_id: 'AllowS3',
    action: 'lambda:InvokeFunction',
    function_name: ref('aws_lambda_function.f', 'arn'),
    principal: 's3.amazonaws.com',
    source_arn: ref('aws_s3_bucket.b', 'arn'),
    source_account: '123456789012',
  });
  b.resource('aws_lambda_permission', 'url', { action: 'lambda:InvokeFunctionUrl', function_name: 'f', principal: '*', function_url_auth_type: 'NONE' });
  b.resource('aws_lambda_function_url', 'u', { function_name: ref('aws_lambda_function.f', 'function_name'), authorization_type: 'NONE', cors: block({ allow_origins: ['*'] }) });
  const f = propsOf(b, 'aws.lambda.function', 'aws_lambda_function.f');
  assert.equal(f.role.value, '.:aws_iam_role.r');
  assert.deepEqual(f.environment.value, { DB_PASSWORD: 'hunter2' });
  assert.equal(f.inVpc.value, true);
  assert.equal(f.tracingMode.value, 'PassThrough');
  assert.equal(f.reservedConcurrency.value, null);
  const st = f.policy.value!.Statement;
  assert.equal(st.length, 2);
  assert.deepEqual(st[0], {
    Sid: 'AllowS3',
    Effect: 'Allow',
    Principal: { Service: 's3.amazonaws.com' },
    Action: 'lambda:InvokeFunction',
    Resource: '.:aws_lambda_function.f',
    Condition: { ArnLike: { 'AWS:SourceArn': '${aws_s3_bucket.b.arn}' }, StringEquals: { 'AWS:SourceAccount': '123456789012' } },
  });
  assert.equal(st[1]!.Principal, '*');
  assert.deepEqual(st[1]!.Condition, { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } });
  const u = propsOf(b, 'aws.lambda.function-url', 'aws_lambda_function_url.u');
  assert.equal(u.functionId.value, '.:aws_lambda_function.f');
  assert.equal(u.authType.value, 'NONE');
  assert.deepEqual(u.corsAllowOrigins.value, ['*']);
});

test('a function without permissions has no policy; an unknown principal makes it unresolvable', () => {
  const b = new TfBuilder();
  b.resource('aws_lambda_function', 'f', { function_name: 'f', role: 'arn:aws:iam::1:role/x' });
  const f = propsOf(b, 'aws.lambda.function', 'aws_lambda_function.f');
  assert.equal(f.policy.value, null);
  assert.equal(f.inVpc.value, false);
  assert.equal(f.role.value, 'arn:aws:iam::1:role/x');
  b.resource('aws_lambda_permission', 'p', { action: 'lambda:InvokeFunction', function_name: 'f', principal: unknown('var.principal has no value') });
  assert.equal(propsOf(b, 'aws.lambda.function', 'aws_lambda_function.f').policy.kind, 'unresolvable');
});

test('EKS endpoint defaults are public to the world; ECR defaults', () => {
  const b = new TfBuilder();
  b.resource('aws_eks_cluster', 'c', { name: 'c', role_arn: 'x', vpc_config: block({ subnet_ids: ['a'] }) });
  b.resource('aws_eks_cluster', 'e', {
    name: 'e',
    version: '1.29',
    vpc_config: block({ endpoint_public_access: false, endpoint_private_access: true }),
    enabled_cluster_log_types: ['api', 'audit'],
    encryption_config: block({ resources: ['secrets'], provider: block({ key_arn: 'k' }) }),
  });
  b.resource('aws_ecr_repository', 'r', { name: 'r' });
  b.resource('aws_ecr_repository_policy', 'rp', { repository: 'r', policy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*"}]}' });
  const c = propsOf(b, 'aws.eks.cluster', 'aws_eks_cluster.c');
  assert.deepEqual([c.endpointPublicAccess.value, c.endpointPrivateAccess.value, c.publicAccessCidrs.value, c.secretsEncryption.value], [true, false, ['0.0.0.0/0'], false]);
  assert.equal(c.version.kind, 'unresolvable');
  const e = propsOf(b, 'aws.eks.cluster', 'aws_eks_cluster.e');
  assert.deepEqual([e.endpointPublicAccess.value, e.endpointPrivateAccess.value, e.secretsEncryption.value, e.version.value], [false, true, true, '1.29']);
  assert.deepEqual(e.enabledLogTypes.value, ['api', 'audit']);
  const r = propsOf(b, 'aws.ecr.repository', 'aws_ecr_repository.r');
  assert.deepEqual([r.scanOnPush.value, r.imageTagMutability.value, r.encryptionType.value], [false, 'MUTABLE', 'AES256']);
  assert.equal(r.policy.value?.Statement.length, 1);
});
