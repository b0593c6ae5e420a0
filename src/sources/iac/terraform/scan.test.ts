/** End to end: .tf text through findTerraformRoots → evaluateTerraformRoot → adaptTerraform. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Resource } from '../../../model/core/index.js';
import type { Ec2InstanceProperties, IamRoleProperties, S3BucketProperties, SecurityGroupProperties } from '../../../model/aws/index.js';
import { scanTerraform } from './index.js';

const tmp = mkdtempSync(join(tmpdir(), 'cw-tf-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

function find(rs: readonly Resource[], suffix: string): Resource {
  const r = rs.find((x) => x.uid.endsWith(`:${suffix}`));
  assert.ok(r, `no ${suffix} in ${rs.map((x) => x.uid).join(', ')}`);
  return r;
}

test('buckets, split resources, unknown variables and exact lines from HCL', async () => {
  const dir = project('s3', {
    'main.tf': `provider "aws" {
  region = "eu-central-1"
}
variable "block" {}
resource "aws_s3_bucket" "data" {
  bucket = "data"
}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = var.block
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = false
}
resource "aws_s3_bucket" "plain" {
  bucket = "plain" # cloudwarden:ignore aws-s3-bucket-versioning not needed
}
`,
  });
  const res = await scanTerraform([dir]);
  assert.deepEqual(res.errors, []);
  assert.equal(res.framework, 'terraform');
  assert.equal(res.filesScanned.length, 1);
  assert.equal(res.suppressions.length, 1);
  const data = find(res.resources, 'aws_s3_bucket.data');
  assert.equal(data.region, 'eu-central-1');
  assert.equal(data.name, 'data');
  assert.deepEqual([data.origin.kind === 'iac' && data.origin.startLine, data.origin.kind === 'iac' && data.origin.endLine], [5, 7]);
  const pab = (data.properties as S3BucketProperties).publicAccessBlock;
  assert.equal(pab.blockPublicAcls.kind, 'unresolvable');
  assert.match(pab.blockPublicAcls.reason ?? '', /var\.block/);
  assert.equal(pab.restrictPublicBuckets.value, false);
  assert.equal(pab.restrictPublicBuckets.source.kind === 'iac' && pab.restrictPublicBuckets.source.startLine, 13);
  const plain = (find(res.resources, 'aws_s3_bucket.plain').properties as S3BucketProperties).publicAccessBlock;
  assert.equal(plain.blockPublicAcls.kind, 'default');
  assert.equal(plain.blockPublicAcls.value, true);
});

test('dynamic blocks, count, references between resources and policy documents', async () => {
  const dir = project('ec2', {
    'main.tf': `resource "aws_security_group" "web" {
  name = "web"
  dynamic "ingress" {
    for_each = [22, 443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
resource "aws_instance" "app" {
  count                  = 2
  ami                    = "ami-1"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]
  metadata_options {
    http_tokens = "required"
  }
}
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`,
  });
  const res = await scanTerraform([dir]);
  assert.deepEqual(res.errors, []);
  const sg = find(res.resources, 'aws_security_group.web');
  assert.deepEqual((sg.properties as SecurityGroupProperties).ingress.value?.map((r) => r.fromPort.value), [22, 443]);
  for (const i of [0, 1]) {
    const inst = find(res.resources, `aws_instance.app[${i}]`).properties as Ec2InstanceProperties;
    assert.deepEqual(inst.securityGroups.value, [sg.uid]);
    assert.equal(inst.metadataHttpTokens.value, 'required');
    assert.equal(inst.metadataHttpTokens.source.kind === 'iac' && inst.metadataHttpTokens.source.startLine, 19);
  }
  const role = find(res.resources, 'aws_iam_role.app').properties as IamRoleProperties;
  assert.deepEqual(role.trustPolicy.value?.Statement[0]?.Principal, { Service: 'ec2.amazonaws.com' });
});

test('joins reach into modules; several roots get distinct uids', async () => {
  const a = project('roots/a', {
    'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "a-bucket"
}
module "pab" {
  source = "../../modules/pab"
  bucket = aws_s3_bucket.b.id
}
`,
  });
  project('modules/pab', {
    'main.tf': `variable "bucket" {}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket            = var.bucket
  block_public_acls = false
}
`,
  });
  const b = project('roots/b', { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b-bucket"\n}\n' });
  const res = await scanTerraform([a, b]);
  assert.deepEqual(res.errors, []);
  const buckets = res.resources.filter((r) => r.type === 'aws.s3.bucket');
  assert.equal(buckets.length, 2);
  assert.equal(new Set(buckets.map((x) => x.uid)).size, 2);
  const inA = buckets.find((x) => x.name === 'a-bucket')!;
  const pab = (inA.properties as S3BucketProperties).publicAccessBlock;
  assert.equal(pab.blockPublicAcls.value, false);
  assert.match(pab.blockPublicAcls.source.kind === 'iac' ? pab.blockPublicAcls.source.file : '', /modules[/\\]pab[/\\]main\.tf$/);
});

test('a syntax error is an input error and other roots are still scanned', async () => {
  const bad = project('bad', { 'main.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = \n' });
  const good = project('good', { 'main.tf': 'resource "aws_s3_bucket" "y" {\n  bucket = "y"\n}\n' });
  const res = await scanTerraform([bad, good]);
  assert.ok(res.errors.length >= 1);
  assert.ok(res.errors.every((e) => e.line >= 1));
  assert.equal(res.filesFailed.length, 1);
  assert.ok(res.resources.some((r) => r.name === 'y'));
});
