import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateTerraformRoot } from '../evaluate.js';
import type { TfNode, TfResourceInstance } from '../instance.js';
import { writeFixture } from '../testing.js';
import { plain } from './plain.js';

const MAIN = `variable "repo" {}
variable "suffix" {
  default = "x"
}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}
data "terraform_remote_state" "net" {
  backend = "s3"
}
resource "aws_s3_bucket" "b" {
  bucket = "b-\${var.suffix}"
}
resource "random_string" "r" {
  length = 8
}
resource "aws_s3_bucket" "each" {
  for_each = toset(["k"])
}
module "m" {
  source = "./m"
}
resource "aws_s3_bucket_policy" "p" {
  bucket   = aws_s3_bucket.b.id
  whole    = "\${aws_s3_bucket.b.arn}"
  objects  = "\${aws_s3_bucket.b.arn}/*"
  arn_id   = "arn:aws:s3:::\${aws_s3_bucket.b.id}"
  keyed    = "\${aws_s3_bucket.each["k"].arn}/*"
  in_mod   = "\${module.m.arn}/*"
  account  = "\${data.aws_caller_identity.current.account_id}-logs"
  acct_arn = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"
  mod_arn  = "arn:aws:iam::%{ if true }\${aws_s3_bucket.b.id}%{ endif }:root"
  region   = "arn:aws:sns:\${data.aws_region.current.name}:123456789012:topic"
  remote   = "\${data.terraform_remote_state.net.outputs.principal}/x"
  random   = "arn:aws:s3:::\${random_string.r.result}"
  with_var = "\${aws_s3_bucket.b.arn}/\${var.repo}"
  derived  = "\${lower(aws_s3_bucket.b.arn)}/*"
  str      = tostring(aws_s3_bucket.b.arn)
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_s3_bucket.b.arn, Service = "s3.amazonaws.com" }
      Resource  = ["\${aws_s3_bucket.b.arn}/*", tostring(aws_s3_bucket.b.arn)]
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
  yaml     = yamlencode({ r = aws_s3_bucket.b.id })
  var_json = jsonencode({ Statement = [{ Principal = var.repo, Resource = aws_s3_bucket.b.arn }] })
  time     = jsonencode({ at = timestamp() })
  unsup    = jsonencode({ x = nosuchfunction(1) })
  aws_prin = jsonencode({ Statement = [{ Principal = { AWS = [aws_s3_bucket.b.arn] } }] })
  not_prin = jsonencode({ Statement = [{ NotPrincipal = { AWS = aws_s3_bucket.b.arn } }] })
  heredoc  = <<-EOT
    {"Statement": [{"Principal": {"AWS": ["arn:aws:iam::123456789012:root", "\${aws_s3_bucket.b.arn}"]}}]}
  EOT
  heredoc_ok = <<-EOT
    {"Statement": [{"Principal": {"Service": "s3.amazonaws.com"}, "Resource": "\${aws_s3_bucket.b.arn}/*"}]}
  EOT
  ds_doc   = jsonencode({ Policy = data.terraform_remote_state.net.outputs })
}
`;

const MOD = `resource "aws_s3_bucket" "inner" {}
output "arn" {
  value = aws_s3_bucket.inner.arn
}
`;

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('computed identifiers in templates and encodings', async () => {
  const dir = writeFixture({ 'main.tf': MAIN, 'm/main.tf': MOD });
  const r = await evaluateTerraformRoot(dir);
  const p = r.instances.find((i: TfResourceInstance) => i.address === 'aws_s3_bucket_policy.p');
  assert.ok(p);
  const attrs = p.body.attrs;
  const b = plain(p.body) as Record<string, string>;

  it('writes a placeholder for computed resource attributes inside a larger string, keeping the range', () => {
    assert.equal(b.objects, '${aws_s3_bucket.b.arn}/*');
    assert.equal(b.arn_id, 'arn:aws:s3:::${aws_s3_bucket.b.id}');
    assert.equal(b.keyed, '${aws_s3_bucket.each["k"].arn}/*');
    assert.equal(b.in_mod, '${module.m.aws_s3_bucket.inner.arn}/*');
    const line = lineOf(MAIN, '  objects  =');
    assert.deepEqual(attrs.objects, { t: 'scalar', value: '${aws_s3_bucket.b.arn}/*', range: { file: p.range.file, startLine: line, endLine: line, startColumn: 14 } });
  });

  it('keeps a reference used as a whole value unknown, with its ref', () => {
    for (const k of ['bucket', 'whole', 'str']) {
      const n = attrs[k] as Extract<TfNode, { t: 'unknown' }>;
      assert.equal(n.t, 'unknown', k);
      assert.deepEqual(n.ref?.address, 'aws_s3_bucket.b', k);
    }
    assert.deepEqual((attrs.bucket as Extract<TfNode, { t: 'unknown' }>).ref, { address: 'aws_s3_bucket.b', attribute: 'id' });
  });

  it('treats identifier attributes of data sources as opaque, but not arbitrary data content', () => {
    assert.equal(b.account, '${data.aws_caller_identity.current.account_id}-logs');
    assert.equal(b.region, 'arn:aws:sns:${data.aws_region.current.name}:123456789012:topic');
    assert.match(b.remote, /^<unknown: data\.terraform_remote_state\.net\.outputs is known only after apply>$/);
    assert.match(b.ds_doc, /^<unknown: data\.terraform_remote_state\.net\.outputs is known only after apply>$/);
  });

  it('keeps unknowns that could be a wildcard unknown, with their reason and without a ref', () => {
    assert.match(b.random, /^<unknown: random_string\.r\.result is known only after apply>$/);
    assert.equal(b.with_var, '<unknown: var.repo has no value>');
    assert.equal(attrs.with_var.t === 'unknown' && attrs.with_var.ref, undefined);
    assert.match(b.derived, /^<unknown: aws_s3_bucket\.b\.arn is known only after apply>$/);
    assert.equal(attrs.derived.t === 'unknown' && attrs.derived.ref, undefined);
  });

  it('jsonencode renders computed identifiers as placeholder strings', () => {
    assert.deepEqual(JSON.parse(b.policy), {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: '${aws_s3_bucket.b.arn}', Service: 's3.amazonaws.com' },
          Resource: ['${aws_s3_bucket.b.arn}/*', '${aws_s3_bucket.b.arn}'],
          Condition: { StringEquals: { 'aws:SourceAccount': '${data.aws_caller_identity.current.account_id}' } },
        },
      ],
    });
    assert.equal(b.yaml, 'r: ${aws_s3_bucket.b.id}\n');
  });

  it('keeps identifiers that decide whose principal it is unknown: ARN account fields, AWS principals', () => {
    assert.equal(b.acct_arn, '<unknown: data.aws_caller_identity.current.account_id is known only after apply>');
    assert.equal(b.mod_arn, '<unknown: aws_s3_bucket.b.id is known only after apply>');
    assert.equal(b.aws_prin, '<unknown: aws_s3_bucket.b.arn is known only after apply>');
    assert.equal(b.not_prin, '<unknown: aws_s3_bucket.b.arn is known only after apply>');
    assert.equal(attrs.aws_prin.t === 'unknown' && attrs.aws_prin.ref, undefined);
    assert.equal(b.heredoc, '<unknown: aws_s3_bucket.b.arn is known only after apply>');
    assert.equal(JSON.parse(b.heredoc_ok).Statement[0].Resource, '${aws_s3_bucket.b.arn}/*');
  });

  it('jsonencode of a structure with any other unknown leaf stays unknown, keeping the reason', () => {
    assert.equal(b.var_json, '<unknown: var.repo has no value>');
    const line = lineOf(MAIN, '  var_json =');
    assert.deepEqual(attrs.var_json, { t: 'unknown', reason: 'var.repo has no value', range: { file: p.range.file, startLine: line, endLine: line, startColumn: 14 } });
    assert.equal(b.time, '<unknown: timestamp() is known only at apply time>');
    assert.match(b.unsup, /nosuchfunction\(\) is not supported/);
  });
});
