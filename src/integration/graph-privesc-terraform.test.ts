/**
 * Issue 5, privilege escalation before deploy: the privesc world's IAM written as Terraform, parsed by the real
 * HCL parser and adapters, gives the graph the same escalations as the live scan: each technique's user is
 * found and its near-miss twin is not. The deploy account is given (`--account`), as IaC cannot know it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { buildGraph } from '../graph/build.js';
import { privescFindings } from '../graph/findings.js';
import { ACCOUNT, CASES } from '../simcloud/world/privesc/index.js';
import { privescTerraform, TERRAFORM_TECHNIQUES } from '../simcloud/world/privesc/terraform.js';
import { scanIac } from '../sources/iac/index.js';

describe('privilege escalation in the Terraform of the privesc world', () => {
  let dir: string;
  let findings: Finding[];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-privesc-tf-'));
    writeFileSync(join(dir, 'iam.tf'), privescTerraform());
    const scanned = await scanIac([dir], {});
    const errors = [...scanned.errors, ...scanned.results.flatMap((r) => r.errors)];
    assert.deepEqual(errors, []);
    findings = privescFindings(buildGraph(scanned.results.flatMap((r) => r.resources), { account: ACCOUNT }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES.filter((x) => TERRAFORM_TECHNIQUES.includes(x.technique))) {
    it(`${c.technique}: found for pe-${c.technique}, not for its twin`, () => {
      const of = (name: string) => findings.filter((f) => f.resource.name === name && f.status !== 'pass');
      const mine = of(`pe-${c.technique}`).filter((f) => f.ruleId === `aws-iam-privesc-${c.technique}`);
      assert.ok(mine.length > 0, `no aws-iam-privesc-${c.technique} finding on pe-${c.technique}; its findings: ${of(`pe-${c.technique}`).map((f) => f.ruleId).join(', ')}`);
      assert.ok(mine.every((f) => f.status === c.expect));
      assert.ok(mine.every((f) => f.location?.file.endsWith('iam.tf')), 'IaC findings point at the file');
      assert.deepEqual(of(`pe-${c.technique}-twin`).map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
});
