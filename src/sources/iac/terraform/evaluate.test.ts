import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { plain } from './eval/plain.js';
import { evaluateTerraformRoot } from './evaluate.js';
import type { TfNode, TfResourceInstance } from './instance.js';
import { writeFixture } from './testing.js';

function byAddress(instances: TfResourceInstance[]): Record<string, unknown> {
  return Object.fromEntries(instances.map((i) => [i.address, plain(i.body)]));
}

function inst(instances: TfResourceInstance[], address: string): TfResourceInstance {
  const i = instances.find((x) => x.address === address);
  assert.ok(i, `no instance ${address} in ${instances.map((x) => x.address).join(', ')}`);
  return i;
}

describe('evaluateTerraformRoot: variables', () => {
  it('applies defaults, tfvars, auto.tfvars, var files, vars and TF_VAR_ in precedence order', async () => {
    const dir = writeFixture({
      'main.tf': `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { default = "default" }
variable "g" { default = "default" }
variable "n" { type = number }
variable "l" { type = list(string) }
variable "none" {}
resource "x" "y" {
  a = var.a
  b = var.b
  c = var.c
  d = var.d
  e = var.e
  f = var.f
  g = var.g
  n = var.n + 1
  l = var.l
  none = var.none
}`,
      'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\ne = "tfvars"\nf = "tfvars"\ng = "tfvars"\n',
      'terraform.tfvars.json': '{"c": "json", "d": "json", "e": "json", "f": "json", "g": "json"}',
      'a.auto.tfvars': 'd = "auto-a"\ne = "auto-a"\nf = "auto-a"\ng = "auto-a"\n',
      'b.auto.tfvars': 'e = "auto-b"\nf = "auto-b"\ng = "auto-b"\n',
      'one.tfvars': 'f = "file1"\ng = "file1"\n',
      'two.tfvars': 'f = "file2"\n',
    });
    process.env.TF_VAR_a = 'env';
    process.env.TF_VAR_b = 'env';
    process.env.TF_VAR_n = '41';
    process.env.TF_VAR_l = '["p", "q"]';
    try {
      const r = await evaluateTerraformRoot(dir, { varFiles: [join(dir, 'one.tfvars'), join(dir, 'two.tfvars')], vars: { g: 'cli' } });
      assert.deepEqual(r.errors, []);
      assert.deepEqual(byAddress(r.instances)['x.y'], {
        a: 'env',
        b: 'tfvars',
        c: 'json',
        d: 'auto-a',
        e: 'auto-b',
        f: 'file2',
        g: 'cli',
        n: 42,
        l: ['p', 'q'],
        none: '<unknown: var.none has no value>',
      });
    } finally {
      delete process.env.TF_VAR_a;
      delete process.env.TF_VAR_b;
      delete process.env.TF_VAR_n;
      delete process.env.TF_VAR_l;
    }
  });

  it('applies optional() defaults of object types', async () => {
    const dir = writeFixture({
      'main.tf': 'variable "o" {\n  type = object({ a = string, b = optional(bool, true) })\n  default = { a = "x" }\n}\nresource "x" "y" { o = var.o }\n',
    });
    const r = await evaluateTerraformRoot(dir);
    assert.deepEqual(byAddress(r.instances)['x.y'], { o: { a: 'x', b: true } });
  });
});

/** 1-based line of the n-th (0-based) occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return text.slice(0, at).split('\n').length;
}

describe('evaluateTerraformRoot: locals, count, for_each, expressions', () => {
  const MAIN = `locals {
  env    = "prod"
  name   = "\${local.prefix}-\${local.env}"
  prefix = "app"
  tags   = { Env = local.env }
  ring_a = local.ring_b
  ring_b = local.ring_a
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-bucket"
  tags   = local.tags
}

resource "aws_s3_bucket" "multi" {
  count  = 2
  bucket = "\${local.name}-\${count.index}"
}

resource "aws_iam_user" "u" {
  for_each = toset(["bob", "amy"])
  name     = each.key
  path     = "/\${each.value}/"
}

resource "aws_iam_user" "m" {
  for_each = { a = "x", b = "y" }
  name     = "\${each.key}=\${each.value}"
}

resource "aws_instance" "unk" {
  count = length(data.aws_subnets.all.ids)
  ami   = "ami-\${count.index}"
  type  = "t3.micro"
}

data "aws_subnets" "all" {
  filter = "x"
}

resource "aws_s3_bucket_policy" "p" {
  bucket   = aws_s3_bucket.logs.bucket
  arn      = aws_s3_bucket.logs.arn
  ids      = aws_s3_bucket.multi[*].bucket
  first    = aws_s3_bucket.multi[0].id
  user     = aws_iam_user.u["bob"].name
  data_lit = data.aws_subnets.all.filter
  data_ref = data.aws_subnets.all.ids
  ring     = local.ring_a
  policy = <<-EOT
    {"r": "\${aws_s3_bucket.logs.bucket}"}
  EOT
  text = "%{ for i, b in aws_s3_bucket.multi ~}\${i}:\${b.bucket} %{ endfor ~}"
  path = path.module
  ws   = terraform.workspace
  nope = var.undeclared
  lifecycle {
    prevent_destroy = true
  }
  depends_on = [aws_s3_bucket.logs]
}

resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = { http = 80, https = 443 }
    iterator = rule
    content {
      description = rule.key
      from_port   = rule.value
    }
  }
  egress {
    from_port = 0
  }
  egress {
    from_port = 1
  }
}
`;
  const dir = writeFixture({
    'main.tf': MAIN,
    'bad.tf': 'resource "a" "b" {\n  x = [1, 2\n}\n',
    'sup.tf': '# cloudwarden:ignore aws-s3-bucket-versioning not needed here\nresource "aws_s3_bucket" "quiet" {}\n',
  });
  const result = evaluateTerraformRoot(dir);

  it('evaluates locals lazily in dependency order and reports cycles as unknown', async () => {
    const r = await result;
    assert.deepEqual(byAddress(r.instances)['aws_s3_bucket.logs'], { bucket: 'logs-bucket', tags: { Env: 'prod' } });
    assert.match(String(byAddress(r.instances)['aws_s3_bucket_policy.p'] && (byAddress(r.instances)['aws_s3_bucket_policy.p'] as Record<string, unknown>).ring), /cycle/);
  });

  it('expands count and for_each into addressed instances', async () => {
    const r = await result;
    const all = byAddress(r.instances);
    assert.deepEqual(all['aws_s3_bucket.multi[0]'], { bucket: 'app-prod-0' });
    assert.deepEqual(all['aws_s3_bucket.multi[1]'], { bucket: 'app-prod-1' });
    assert.deepEqual(all['aws_iam_user.u["amy"]'], { name: 'amy', path: '/amy/' });
    assert.deepEqual(all['aws_iam_user.u["bob"]'], { name: 'bob', path: '/bob/' });
    assert.deepEqual(all['aws_iam_user.m["b"]'], { name: 'b=y' });
    assert.equal(inst(r.instances, 'aws_iam_user.m["a"]').name, 'm');
  });

  it('evaluates an unknown count once, keeping count-dependent values unknown', async () => {
    const r = await result;
    const i = inst(r.instances, 'aws_instance.unk');
    const b = plain(i.body) as Record<string, string>;
    assert.equal(b.type, 't3.micro');
    assert.match(b.ami, /^<unknown: count of aws_instance.unk is unknown/);
  });

  it('resolves references to literal attributes and leaves computed ones unknown with a ref', async () => {
    const r = await result;
    const p = inst(r.instances, 'aws_s3_bucket_policy.p');
    const b = plain(p.body) as Record<string, unknown>;
    assert.equal(b.bucket, 'logs-bucket');
    assert.deepEqual(p.body.attrs.arn, {
      t: 'unknown',
      reason: 'aws_s3_bucket.logs.arn is known only after apply',
      ref: { address: 'aws_s3_bucket.logs', attribute: 'arn' },
      range: { file: p.range.file, startLine: lineOf(MAIN, 'arn      ='), endLine: lineOf(MAIN, 'arn      ='), startColumn: 14 },
    });
    assert.deepEqual(b.ids, ['app-prod-0', 'app-prod-1']);
    assert.deepEqual((p.body.attrs.first as Extract<TfNode, { t: 'unknown' }>).ref, { address: 'aws_s3_bucket.multi[0]', attribute: 'id' });
    assert.equal(b.user, 'bob');
    assert.equal(b.data_lit, 'x');
    assert.deepEqual((p.body.attrs.data_ref as Extract<TfNode, { t: 'unknown' }>).ref, { address: 'data.aws_subnets.all', attribute: 'ids' });
    assert.equal(b.policy, '{"r": "logs-bucket"}\n');
    assert.equal(b.text, '0:app-prod-0 1:app-prod-1 ');
    assert.equal(b.ws, 'default');
    assert.equal(typeof b.path, 'string');
    assert.match(String(b.nope), /undeclared input variable "undeclared"/);
    assert.equal('lifecycle' in b, false);
    assert.equal('depends_on' in b, false);
  });

  it('renders nested and dynamic blocks as block lists with exact ranges', async () => {
    const r = await result;
    const sg = inst(r.instances, 'aws_security_group.sg');
    assert.deepEqual(plain(sg.body), {
      ingress: [
        { description: 'http', from_port: 80 },
        { description: 'https', from_port: 443 },
      ],
      egress: [{ from_port: 0 }, { from_port: 1 }],
    });
    const egress = sg.body.attrs.egress;
    assert.equal(egress.t === 'list' && egress.block, true);
    assert.deepEqual([egress.range.startLine, egress.range.endLine], [lineOf(MAIN, 'egress {'), lineOf(MAIN, 'from_port = 1') + 1]);
    const e1 = egress.t === 'list' ? egress.items[1] : egress;
    assert.equal(e1.t === 'object' && e1.attrs.from_port.range.startLine, lineOf(MAIN, 'from_port = 1'));
    assert.deepEqual([sg.range.startLine, sg.range.endLine], [lineOf(MAIN, 'resource "aws_security_group"'), MAIN.split('\n').length - 1]);
  });

  it('points values read through references at the reading attribute line', async () => {
    const r = await result;
    const logs = inst(r.instances, 'aws_s3_bucket.logs');
    const tags = logs.body.attrs.tags;
    assert.equal(tags.range.startLine, lineOf(MAIN, 'tags   = local.tags'));
    assert.equal(tags.t === 'object' && tags.attrs.Env.range.startLine, lineOf(MAIN, 'tags   = local.tags'));
    assert.equal(logs.body.attrs.bucket.range.startLine, lineOf(MAIN, 'bucket = "logs-bucket"'));
    assert.equal(logs.body.attrs.bucket.range.startColumn, 12);
  });

  it('reports a syntax error with position, still evaluating the other files, and collects suppressions', async () => {
    const r = await result;
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].file, /bad\.tf$/);
    assert.deepEqual([r.errors[0].line, r.errors[0].column], [3, 1]);
    assert.equal(r.filesFailed.length, 1);
    assert.equal(r.filesScanned.length, 2);
    assert.ok(r.instances.some((i) => i.address === 'aws_s3_bucket.quiet'));
    assert.deepEqual(
      r.suppressions.map((s) => [s.line, s.ruleId, s.reason]),
      [[1, 'aws-s3-bucket-versioning', 'not needed here']],
    );
  });
});

describe('evaluateTerraformRoot: files and JSON syntax', () => {
  it('reads file() and templatefile() relative to the module, and evaluates .tf.json', async () => {
    const dir = writeFixture({
      'main.tf': 'resource "x" "f" {\n  a = file("data.txt")\n  b = templatefile("t.tpl", { name = "n", items = ["p", "q"] })\n  c = file("missing.txt")\n}\n',
      'data.txt': 'hello',
      't.tpl': 'Hi ${name}%{ for i in items }, ${i}%{ endfor }',
      'extra.tf.json': '{\n  "variable": {"region": {"default": "eu-west-1"}},\n  "resource": {\n    "aws_s3_bucket": {\n      "j": {\n        "bucket": "in-${var.region}",\n        "count": 1,\n        "versioning": [{"enabled": true}]\n      }\n    }\n  }\n}\n',
    });
    const r = await evaluateTerraformRoot(dir);
    assert.deepEqual(r.errors, []);
    const all = byAddress(r.instances);
    assert.deepEqual(all['x.f'], { a: 'hello', b: 'Hi n, p, q', c: '<unknown: file "missing.txt" was not found>' });
    assert.deepEqual(all['aws_s3_bucket.j[0]'], { bucket: 'in-eu-west-1', versioning: [{ enabled: true }] });
    assert.equal(inst(r.instances, 'aws_s3_bucket.j[0]').body.attrs.bucket.range.startLine, 6);
  });

  it('reports a .tf.json syntax error with its position', async () => {
    const dir = writeFixture({ 'a.tf.json': '{\n  "resource": {,}\n}\n' });
    const r = await evaluateTerraformRoot(dir);
    assert.equal(r.errors.length, 1);
    assert.deepEqual([r.errors[0].line, r.errors[0].column], [2, 16]);
  });
});
