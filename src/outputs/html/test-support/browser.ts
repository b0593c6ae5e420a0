/**
 * Opening a generated HTML report in headless Chromium (Debian's `chromium` driven by playwright-core) and
 * recording everything that would make it unfit to hand over offline: console errors, page errors and any
 * request other than the file itself.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why the browser tests must be skipped, or undefined when they can run. Only a machine without Chromium
 * outside CI may skip; CI installs it (`.ci/run`), so a missing browser there is a failure, not a skip.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env['CI']) return undefined;
  return `${CHROMIUM} is absent (install Debian's chromium to run the HTML report browser tests; CI always runs them)`;
}

/** An open report page and what went wrong while loading and using it. */
export interface OpenReport {
  readonly page: Page;
  /** Console errors, uncaught page errors and foreign requests, as text. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** Opens `file` in a fresh headless Chromium profile. */
export async function openReport(file: string): Promise<OpenReport> {
  const profile = mkdtempSync(join(tmpdir(), 'cloudwarden-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const url = pathToFileURL(file).href;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`request to ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    const ctx = context;
    return {
      page,
      problems,
      async close() {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/** How many finding rows are visible, and the page's own "N of M shown" line. */
export async function visibleFindingRows(page: Page): Promise<{ visible: number; total: number; countText: string }> {
  // A string expression: the page's DOM types are not part of this Node project's lib.
  const expression = `(() => {
    const rows = Array.from(document.querySelectorAll('#findings-table tbody tr.finding'));
    const count = document.getElementById('shown-count');
    return { visible: rows.filter((r) => !r.hidden).length, total: rows.length, countText: count ? count.textContent : '' };
  })()`;
  return (await page.evaluate(expression)) as { visible: number; total: number; countText: string };
}
