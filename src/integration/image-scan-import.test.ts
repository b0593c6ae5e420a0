/**
 * Issue 4, vulnerability data: `import trivy` and `import grype` bring container-image scan reports onto the ECR
 * image they name, and the compute family's image rules (which gather `vulnerability.finding`s by
 * `resourceUid`) judge the image from the import alone; through the CLI, bad files are reported and the scan is stored.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../findings/finding.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { allRules } from '../engine/registry.js';
import { openStore } from '../findings/store/index.js';
import { importTrivy } from '../sources/inventory/trivy/index.js';
import { importGrype } from '../sources/inventory/grype/index.js';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const trivyFixture = (n: string) => fileURLToPath(new URL(`../sources/inventory/trivy/testdata/${n}`, import.meta.url));
const grypeFixture = (n: string) => fileURLToPath(new URL(`../sources/inventory/grype/testdata/${n}`, import.meta.url));
const IMAGE = 'arn:aws:ecr:eu-west-1:123456789012:repository/payments-api@sha256:4f7e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f';
const NOW = new Date('2026-11-28T12:00:00Z');

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-image-scan-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CLOUDWARDEN_DB: join(dir, 'default.db') } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The rules that judge an image by the `vulnerability.finding`s on it (ECR's own scan summary is not in a report). */
const CVE_RULES = new Set(['aws-ecr-image-exploitable-cve', 'aws-ecr-image-fixable-cve', 'aws-ecr-image-critical-cvss']);
const imageVerdicts = (findings: readonly Finding[]) => Object.fromEntries(findings.filter((f) => f.resource.id === IMAGE && CVE_RULES.has(f.ruleId)).map((f) => [f.ruleId, f.status]));

test('a Trivy report alone makes the ECR image rules fire on the image the report names', async () => {
  const imported = await importTrivy([trivyFixture('ecr-payments-api.json')]);
  const findings = runRules(new Inventory(imported.resources), allRules(), { now: NOW });
  assert.deepEqual(imageVerdicts(findings), {
    // Trivy carries no exploit data: a critical or high CVE without it leaves the verdict unknown, never pass.
    'aws-ecr-image-exploitable-cve': 'unknown',
    'aws-ecr-image-fixable-cve': 'fail',
    'aws-ecr-image-critical-cvss': 'fail',
  });
  const fixable = findings.find((f) => f.ruleId === 'aws-ecr-image-fixable-cve')!;
  assert.match(fixable.message, /CVE-2024-6387/);
  assert.ok(fixable.risk!.score >= 50, 'a high finding starts at 50');
});

test('a Grype report with a CISA KEV entry makes exploitable-cve fail, and the CVE raises the risk of the image findings', async () => {
  const imported = await importGrype([grypeFixture('ecr-payments-api.json')]);
  const findings = runRules(new Inventory(imported.resources), allRules(), { now: NOW });
  assert.deepEqual(imageVerdicts(findings), { 'aws-ecr-image-exploitable-cve': 'fail', 'aws-ecr-image-fixable-cve': 'fail', 'aws-ecr-image-critical-cvss': 'fail' });
  const exploitable = findings.find((f) => f.ruleId === 'aws-ecr-image-exploitable-cve')!;
  assert.match(exploitable.message, /CVE-2023-4911/);
  assert.deepEqual(exploitable.risk!.factors.map((x) => x.factor), ['severity', 'exploitable-vulnerability']);
  assert.match(exploitable.risk!.factors[1]!.detail, /CVE-2023-4911 \(CVSS 7\.8\) has a known exploit, reported by grype/);
});

test('cloudwarden import trivy: judged, stored, Docker Hub noted, bad files named; exit 2 when every file fails', async () => {
  const broken = join(dir, 'broken.json');
  await writeFile(broken, '{\n  "SchemaVersion": 2,\n  "ArtifactName": \n}\n');
  const db = join(dir, 'scans.db');
  const r = cli(['import', 'trivy', trivyFixture('ecr-payments-api.json'), trivyFixture('dockerhub-nginx.json'), broken, '--format', 'json', '--db', db]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /note: .*dockerhub-nginx\.json: docker\.io\/library\/nginx@sha256:2bdc[0-9a-f]+ is not an Amazon ECR image/);
  const report = JSON.parse(r.stdout) as { errors: { file: string; line: number; message: string }[]; findings: { ruleId: string; status: string; resource: { id: string }; risk: { score: number } }[] };
  assert.deepEqual(report.errors.map((e) => [e.file, e.line]), [[broken, 4]]);
  assert.ok(report.findings.some((f) => f.ruleId === 'aws-ecr-image-critical-cvss' && f.status === 'fail' && f.resource.id === IMAGE));
  const failing = report.findings.filter((f) => f.status === 'fail').map((f) => f.risk.score);
  assert.deepEqual(failing, [...failing].sort((a, b) => b - a), 'JSON lists failures by risk, highest first');

  const store = await openStore(db);
  try {
    const scan = (await store.latestScan({ kind: 'import' }))!;
    assert.ok(scan.sources.includes(trivyFixture('ecr-payments-api.json')));
    const stored = await store.getFindings(scan.id, { minRisk: 50 });
    assert.ok(stored.some((f) => f.ruleId === 'aws-ecr-image-critical-cvss'));
    assert.equal((await store.getResources(scan.id, { type: 'aws.ecr.image' })).length, 1);
  } finally {
    await store.close();
  }

  const allBad = cli(['import', 'grype', broken, trivyFixture('ecr-payments-api.json'), '--no-store']);
  assert.equal(allBad.code, 2);
  assert.match(allBad.stdout + allBad.stderr, /broken\.json:4/);
  assert.match(allBad.stdout + allBad.stderr, /not a Grype JSON report/);
});
