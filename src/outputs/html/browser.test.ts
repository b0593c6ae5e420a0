/**
 * The HTML report in a real browser: it must load and work offline (no request but the file itself), log no
 * console or page error, let the reader search and filter, and never execute markup from a finding.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCompliance } from '../../compliance/index.js';
import { loadFrameworks } from '../../frameworks/index.js';
import { render, renderComplianceHtml } from './index.js';
import { hostileReport } from './test-support/hostile.js';
import { browserSkipReason, openReport, visibleFindingRows, type OpenReport } from './test-support/browser.js';

const skip = browserSkipReason();
if (skip) process.stdout.write(`# skipping the HTML browser tests: ${skip}\n`);

describe('HTML report in headless Chromium', { skip: skip ?? false }, () => {
  let dir: string;
  let scan: OpenReport;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cloudwarden-html-'));
    const file = join(dir, 'scan report.html');
    writeFileSync(file, render(hostileReport()));
    scan = await openReport(file);
  });
  after(async () => {
    await scan?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('loads with no console error, page error or network request', () => {
    assert.deepEqual(scan.problems, []);
  });

  test('markup in a resource name is shown as text and never runs', async () => {
    assert.equal(await scan.page.evaluate('typeof window.__pwned'), 'undefined');
    const text = (await scan.page.textContent('#findings-table')) ?? '';
    assert.ok(text.includes('<script>window.__pwned = 1</script>'), 'the name is displayed literally');
  });

  test('the search box narrows the rows and clearing it restores them', async () => {
    const all = await visibleFindingRows(scan.page);
    assert.equal(all.visible, all.total);
    await scan.page.fill('#search', 'special-chars');
    const some = await visibleFindingRows(scan.page);
    assert.equal(some.visible, 1);
    assert.equal(some.countText, `1 of ${all.total} findings shown`);
    await scan.page.fill('#search', '');
    assert.equal((await visibleFindingRows(scan.page)).visible, all.total);
  });

  test('the severity, status and framework filters narrow the rows and combine', async () => {
    const all = await visibleFindingRows(scan.page);
    const findings = hostileReport().findings;
    await scan.page.selectOption('#filter-severity', 'critical');
    assert.equal((await visibleFindingRows(scan.page)).visible, findings.filter((f) => f.severity === 'critical').length);
    await scan.page.selectOption('#filter-severity', '');
    await scan.page.selectOption('#filter-status', 'muted');
    assert.equal((await visibleFindingRows(scan.page)).visible, findings.filter((f) => f.muted).length);
    await scan.page.selectOption('#filter-status', 'fail');
    const failing = (await visibleFindingRows(scan.page)).visible;
    assert.ok(failing > 1 && failing < all.total);
    await scan.page.selectOption('#filter-frameworks', 'cis-aws-foundations-3.0');
    const both = (await visibleFindingRows(scan.page)).visible;
    assert.ok(both >= 1 && both < failing, `framework and status filters combine (${both} of ${failing})`);
    await scan.page.selectOption('#filter-status', '');
    await scan.page.selectOption('#filter-frameworks', '');
    assert.deepEqual(scan.problems, []);
  });

  test('the compliance report also opens cleanly and shows requirement evidence', async () => {
    const report = hostileReport();
    const file = join(dir, 'compliance.html');
    writeFileSync(file, renderComplianceHtml(report, evaluateCompliance(loadFrameworks(), report)));
    const page = await openReport(file);
    try {
      assert.equal(await page.page.locator('#compliance article.framework').count(), loadFrameworks().length);
      assert.ok(await page.page.locator('tr.requirement[data-status="fail"]').count() >= 1);
      await page.page.fill('#search', 'root');
      assert.ok((await visibleFindingRows(page.page)).visible >= 1);
      assert.equal(await page.page.evaluate('typeof window.__pwned'), 'undefined');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});
