/**
 * End to end through scanTerraform: a bucket policy written with `jsonencode` that names the bucket's
 * computed ARN stays known through evaluation and adaptation. (The verdict of the real rule on the same
 * configuration is checked in src/integration/terraform-computed-refs.test.ts: the layer rules keep
 * sources from importing the engine and rules.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IamRoleProperties, S3BucketProperties } from '../../../model/aws/index.js';
import { scanTerraform } from './index.js';
import { writeFixture } from './testing.js';

const COMPUTED_ARN_POLICY_TF = `resource "aws_s3_bucket" "b" {
  bucket = "open-data"
}
resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" }]
  })
}
`;

test('a jsonencode bucket policy naming the computed bucket ARN is known', async () => {
  const res = await scanTerraform([writeFixture({ 'main.tf': COMPUTED_ARN_POLICY_TF })]);
  assert.deepEqual(res.errors, []);
  const bucket = res.resources.find((r) => r.type === 'aws.s3.bucket');
  assert.ok(bucket, `no bucket in ${res.resources.map((r) => r.uid).join(', ')}`);
  const policy = (bucket.properties as S3BucketProperties).policy;
  assert.equal(policy.kind, 'explicit', `policy: ${policy.reason ?? ''}`);
  const st = policy.value?.Statement[0];
  assert.equal(st?.Principal, '*');
  assert.deepEqual(st?.Resource, '${aws_s3_bucket.b.arn}/*');
  assert.equal(policy.source.kind === 'iac' && policy.source.startLine, 13); // the `policy =` line
});

test('the same policy with a variable principal stays unknown', async () => {
  const text = COMPUTED_ARN_POLICY_TF.replace('Principal = "*"', 'Principal = var.who') + 'variable "who" {}\n';
  const res = await scanTerraform([writeFixture({ 'main.tf': text })]);
  const bucket = res.resources.find((r) => r.type === 'aws.s3.bucket');
  assert.ok(bucket);
  const policy = (bucket.properties as S3BucketProperties).policy;
  assert.equal(policy.kind, 'unresolvable');
  assert.match(policy.reason ?? '', /var\.who has no value/);
});

test('a trust policy federating a computed OIDC provider ARN is known; an unset condition value is not', async () => {
  const role = (sub: string) => `resource "aws_iam_openid_connect_provider" "github" {
  url = "https://token.actions.githubusercontent.com"
}
variable "repo" {}
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = ${sub} } }
    }]
  })
}
`;
  const trust = async (sub: string) => {
    const res = await scanTerraform([writeFixture({ 'main.tf': role(sub) })]);
    const r = res.resources.find((x) => x.type === 'aws.iam.role');
    assert.ok(r, `no role in ${res.resources.map((x) => x.uid).join(', ')}`);
    return (r.properties as IamRoleProperties).trustPolicy;
  };
  const known = await trust('"repo:acme/app:*"');
  assert.equal(known.kind, 'explicit', known.reason);
  assert.deepEqual(known.value?.Statement[0]?.Principal, { Federated: '${aws_iam_openid_connect_provider.github.arn}' });
  const unset = await trust('"repo:${var.repo}:*"');
  assert.equal(unset.kind, 'unresolvable');
  assert.match(unset.reason ?? '', /var\.repo has no value/);
});
