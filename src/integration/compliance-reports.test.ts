/**
 * Issue acceptance: the compliance reports on the demo scan. simcloud serves the demo organization, the live
 * scan goes through the SDK, the rules and the SQLite store, and then — as `npm start` does — the newest CIS
 * benchmark shipped (5.0 when present, else 3.0) is reported as HTML and PDF: the HTML opens cleanly in
 * headless Chromium and filters, the PDF's text names the framework and every requirement.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { demoWorld, DEMO_CREDENTIALS } from '../simcloud/world/demo/index.js';
import { scanAws } from '../sources/live/aws/scan.js';
import type { Resource } from '../model/core/index.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { allRules } from '../engine/registry.js';
import { buildReport, type ScanReport } from '../findings/report.js';
import { SqliteFindingsStore } from '../findings/store/index.js';
import { evaluateCompliance } from '../compliance/index.js';
import { pdfPages } from '../compliance/test-support/pdf-text.js';
import { renderReport } from '../outputs/index.js';
import { browserSkipReason, openReport, visibleFindingRows } from '../outputs/html/test-support/browser.js';
import { preferredCisFramework, writeComplianceReports } from '../cli/compliance-command.js';
import type { Framework } from '../frameworks/index.js';

let sim: RunningSimcloud;
let dir: string;
let report: ScanReport;
let framework: Framework;
let files: string[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cw-compliance-e2e-'));
  sim = await startSimcloud(demoWorld());
  const resources: Resource[] = [];
  const startedAt = new Date().toISOString();
  const result = await scanAws(
    { credentials: { keys: { ...DEMO_CREDENTIALS } }, endpoint: sim.endpoint, org: {}, homeRegion: 'us-east-1' },
    { resource: (r) => resources.push(r) },
  );
  const findings = runRules(new Inventory(resources), allRules(), { now: new Date('2026-11-28T12:00:00Z') });
  const built = buildReport({ version: '0.1.0', id: 'pending', startedAt, finishedAt: new Date().toISOString(), sources: result.accounts.map((a) => `aws:${a}`), kind: 'live', findings });
  const db = join(dir, 'demo.db');
  const store = new SqliteFindingsStore(db);
  const id = await store.beginScan({ kind: 'live', sources: built.scan.sources, startedAt, toolVersion: '0.1.0' });
  await store.addResources(id, resources);
  await store.addFindings(id, findings);
  await store.finishScan(id, built.summary, built.scan.finishedAt);
  report = (await store.getReport(id))!;
  await store.close();
  const cis = preferredCisFramework();
  assert.ok(cis, 'a CIS AWS framework ships');
  framework = cis;
  files = await writeComplianceReports({ db, dir, framework });
});

after(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the CIS benchmark on the demo scan: planted failures fail, automated versus manual accounted for', () => {
  const [result] = evaluateCompliance([framework], report).frameworks;
  assert.ok(result);
  assert.ok(result.fail > 0, 'the demo plants CIS failures');
  assert.ok(result.pass > 0, 'the well-configured background passes some requirements');
  assert.equal(result.manual, framework.requirements.filter((r) => r.manual || r.rules.length === 0).length);
  assert.equal(result.pass + result.fail + result.unknown + result.notEvaluated + result.manual, result.total);
  const rootMfa = result.requirements.find((r) => r.rules.includes('aws-iam-root-mfa'));
  assert.equal(rootMfa?.status, 'fail', 'the development account\'s root has no MFA');
  assert.ok(rootMfa.evidence.some((e) => e.status === 'fail' && e.resource.account));
});

test('the compliance PDF names the framework and every requirement id', async () => {
  const pdf = readFileSync(files.find((f) => f.endsWith('.pdf'))!);
  const pages = await pdfPages(pdf);
  const text = ` ${pages.join(' ')} `;
  assert.ok(text.includes(framework.name), 'framework name');
  assert.ok(text.includes(report.scan.id), 'scan id on the cover');
  for (const r of framework.requirements) assert.ok(text.includes(` ${r.id} `), `requirement ${r.id}`);
  assert.match(text, /Page 1 of \d+/);
});

const skip = browserSkipReason();
if (skip) process.stdout.write(`# skipping the demo HTML browser test: ${skip}\n`);

test('the compliance and scan HTML reports open offline in Chromium, clean, and filter', { skip: skip ?? false }, async () => {
  const scanFile = join(dir, 'scan.html');
  writeFileSync(scanFile, renderReport('html', report));
  for (const file of [files.find((f) => f.endsWith('.html'))!, scanFile]) {
    const page = await openReport(file);
    try {
      const all = await visibleFindingRows(page.page);
      assert.ok(all.total > 100, `${file}: the demo scan's findings are listed (${all.total})`);
      await page.page.selectOption('#filter-status', 'fail');
      const failing = (await visibleFindingRows(page.page)).visible;
      assert.ok(failing > 0 && failing < all.total, `${file}: status filter`);
      await page.page.fill('#search', 'acme-payments-public-reports');
      const found = (await visibleFindingRows(page.page)).visible;
      assert.ok(found > 0 && found < failing, `${file}: search within the filter (${found})`);
      assert.deepEqual(page.problems, [], file);
    } finally {
      await page.close();
    }
  }
});
