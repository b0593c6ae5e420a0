import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plain } from './eval/plain.js';
import { evaluateTerraformRoot } from './evaluate.js';
import type { TfNode } from './instance.js';
import { findTerraformRoots } from './roots.js';
import { writeFixture } from './testing.js';

const ROOT = `
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  name   = "main"
  cidr   = "10.0.0.0/16"
}

module "apps" {
  source   = "./modules/app"
  for_each = { web = 1, api = 2 }
  name     = each.key
  size     = each.value
  vpc_id   = module.vpc.vpc_id
}

module "counted" {
  count  = 2
  source = "./modules/app"
  name   = "c\${count.index}"
  size   = 1
  vpc_id = "vpc-literal"
}

module "gone" {
  source = "git::https://example.com/mod.git"
}

resource "aws_route53_record" "r" {
  name    = module.apps["web"].bucket_name
  records = [module.vpc.vpc_cidr, module.counted[1].bucket_name]
  zone    = module.gone.zone
  arn     = module.apps["api"].bucket_arn
}
`;

describe('modules', () => {
  const dir = writeFixture({
    'main.tf': ROOT,
    'modules/app/main.tf': `
variable "name" {}
variable "size" { type = number }
variable "vpc_id" {}
resource "aws_s3_bucket" "this" {
  bucket = "\${var.name}-bucket"
  tags   = { Vpc = var.vpc_id, Size = var.size * 10 }
}
module "inner" {
  source = "./inner"
  label  = aws_s3_bucket.this.bucket
}
output "bucket_name" { value = aws_s3_bucket.this.bucket }
output "bucket_arn" { value = aws_s3_bucket.this.arn }
`,
    'modules/app/inner/main.tf': 'variable "label" {}\nresource "aws_sns_topic" "t" { name = "${var.label}-topic" }\n',
    '.terraform/modules/modules.json': JSON.stringify({
      Modules: [
        { Key: '', Source: '', Dir: '.' },
        { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Version: '5.0.0', Dir: '.terraform/modules/vpc' },
      ],
    }),
    '.terraform/modules/vpc/main.tf': `
variable "name" {}
variable "cidr" {}
resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = { Name = var.name }
}
output "vpc_id" { value = aws_vpc.this.id }
output "vpc_cidr" { value = aws_vpc.this.cidr_block }
`,
  });
  const result = evaluateTerraformRoot(dir);

  it('evaluates downloaded modules from modules.json with their inputs', async () => {
    const r = await result;
    const vpc = r.instances.find((i) => i.address === 'module.vpc.aws_vpc.this');
    assert.ok(vpc);
    assert.equal(vpc.modulePath, 'module.vpc');
    assert.deepEqual(plain(vpc.body), { cidr_block: '10.0.0.0/16', tags: { Name: 'main' } });
    assert.match(vpc.range.file, /\.terraform\/modules\/vpc\/main\.tf$/);
  });

  it('expands for_each and count on modules, with nested local modules and prefixed refs', async () => {
    const r = await result;
    const addrs = r.instances.map((i) => i.address).sort();
    assert.deepEqual(addrs, [
      'aws_route53_record.r',
      'module.apps["api"].aws_s3_bucket.this',
      'module.apps["api"].module.inner.aws_sns_topic.t',
      'module.apps["web"].aws_s3_bucket.this',
      'module.apps["web"].module.inner.aws_sns_topic.t',
      'module.counted[0].aws_s3_bucket.this',
      'module.counted[0].module.inner.aws_sns_topic.t',
      'module.counted[1].aws_s3_bucket.this',
      'module.counted[1].module.inner.aws_sns_topic.t',
      'module.vpc.aws_vpc.this',
    ]);
    const web = r.instances.find((i) => i.address === 'module.apps["web"].aws_s3_bucket.this')!;
    const tags = web.body.attrs.tags as Extract<TfNode, { t: 'object' }>;
    assert.deepEqual(tags.attrs.Vpc, {
      t: 'unknown',
      reason: 'module.vpc.aws_vpc.this.id is known only after apply',
      ref: { address: 'module.vpc.aws_vpc.this', attribute: 'id' },
      range: tags.attrs.Vpc.range,
    });
    assert.equal(plain(tags.attrs.Size), 10);
    const topic = r.instances.find((i) => i.address === 'module.counted[1].module.inner.aws_sns_topic.t')!;
    assert.deepEqual(plain(topic.body), { name: 'c1-bucket-topic' });
    assert.equal(topic.modulePath, 'module.counted[1].module.inner');
  });

  it('resolves module outputs in the caller, and reports a module that is not downloaded', async () => {
    const r = await result;
    const rec = r.instances.find((i) => i.address === 'aws_route53_record.r')!;
    const b = plain(rec.body) as Record<string, unknown>;
    assert.equal(b.name, 'web-bucket');
    assert.deepEqual(b.records, ['10.0.0.0/16', 'c1-bucket']);
    assert.match(String(b.zone), /module "gone": source "git::https:\/\/example.com\/mod.git" is not downloaded \(run terraform init\)/);
    assert.deepEqual((rec.body.attrs.arn as Extract<TfNode, { t: 'unknown' }>).ref, { address: 'module.apps["api"].aws_s3_bucket.this', attribute: 'arn' });
    assert.deepEqual(
      r.errors.map((e) => [e.line, e.column, e.message]),
      [[ROOT.split('\n').findIndex((l) => l.startsWith('module "gone"')) + 1, 1, 'module "gone": source "git::https://example.com/mod.git" is not downloaded (run terraform init)']],
    );
  });

  it('finds roots, skipping .terraform and directories used as local modules', async () => {
    const other = writeFixture({ 'x/main.tf': 'resource "a" "b" {}\n', 'y/z.tf.json': '{}', 'notes.txt': '' });
    const roots = await findTerraformRoots([dir, other, `${other}/x/main.tf`]);
    const norm = roots.map((r) => r.replace(/\\/g, '/'));
    assert.equal(norm.length, 3, norm.join('\n'));
    assert.ok(norm.some((r) => r.endsWith(dir.split('/').pop()!)));
    assert.ok(norm.some((r) => r.endsWith('/x')));
    assert.ok(norm.some((r) => r.endsWith('/y')));
    assert.ok(!norm.some((r) => r.includes('modules')));
  });
});

describe('module edge cases', () => {
  it('stops a module that calls itself, with an error on the call', async () => {
    const dir = writeFixture({ 'main.tf': 'module "self" {\n  source = "./"\n}\nresource "a" "b" {}\n' });
    const r = await evaluateTerraformRoot(dir);
    assert.deepEqual(
      r.instances.map((i) => i.address),
      ['a.b'],
    );
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /recursive modules are not allowed/);
  });
});

describe('providers and unknown for_each', () => {
  it('returns provider configurations per module and evaluates an unknown for_each once', async () => {
    const dir = writeFixture({
      'main.tf': `variable "region" { default = "eu-west-1" }
variable "names" { type = set(string) }
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "us"
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/x"
  }
}
resource "aws_iam_user" "u" {
  for_each = var.names
  name     = each.key
  path     = "/fixed/"
}
`,
    });
    const r = await evaluateTerraformRoot(dir);
    assert.deepEqual(
      r.providers.map((p) => [p.name, p.alias, p.modulePath, plain(p.body)]),
      [
        ['aws', undefined, '', { region: 'eu-west-1' }],
        ['aws', 'us', '', { region: 'us-east-1', assume_role: [{ role_arn: 'arn:aws:iam::123456789012:role/x' }] }],
      ],
    );
    assert.deepEqual(
      r.instances.map((i) => [i.address, plain(i.body)]),
      [['aws_iam_user.u', { name: '<unknown: for_each of aws_iam_user.u is unknown: var.names has no value>', path: '/fixed/' }]],
    );
  });
});
