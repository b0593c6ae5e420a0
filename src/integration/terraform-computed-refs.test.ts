/**
 * Terraform through the real runner: a bucket policy whose `Resource` names the bucket's computed ARN
 * (`"${aws_s3_bucket.b.arn}/*"` inside `jsonencode`) is judged, not reported unknown; an unset variable
 * in the principal still makes it unknown.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import rule from '../rules/aws/s3/aws-s3-bucket-public-policy.js';
import { scanTerraform } from '../sources/iac/terraform/index.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const TF = `resource "aws_s3_bucket" "b" {
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
    Statement = [{ Effect = "Allow", Principal = PRINCIPAL, Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" }]
  })
}
variable "who" {}
`;

async function verdicts(principal: string): Promise<[string, string, number | false][]> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-tf-int-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main.tf'), TF.replace('PRINCIPAL', principal));
  const res = await scanTerraform([dir]);
  assert.deepEqual(res.errors, []);
  return runRules(new Inventory(res.resources), [rule]).map((f) => [f.ruleId, f.status, f.location?.startLine ?? false]);
}

test('a public jsonencode bucket policy naming the computed bucket ARN fails', async () => {
  assert.deepEqual(await verdicts('"*"'), [['aws-s3-bucket-public-policy', 'fail', 13]]);
});

test('a policy whose principal is an unset variable stays unknown', async () => {
  assert.deepEqual(await verdicts('var.who'), [['aws-s3-bucket-public-policy', 'unknown', 13]]);
});
