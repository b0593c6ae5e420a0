import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteFindingsStore } from '../findings/store/index.js';
import { summarize } from '../findings/summary.js';
import { finding } from '../compliance/test-support/findings.js';
import { pdfPages } from '../compliance/test-support/pdf-text.js';
import type { ComplianceReport } from '../compliance/index.js';
import { UsageError } from '../shared/errors.js';
import { runComplianceCommand, selectFrameworks } from './compliance-command.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
let dir: string;
let db: string;
let older: string;
let newer: string;

async function storeScan(store: SqliteFindingsStore, startedAt: string, findings: ReturnType<typeof finding>[]): Promise<string> {
  const id = await store.beginScan({ kind: 'live', sources: ['aws:111122223333'], startedAt, toolVersion: '0.1.0' });
  await store.addFindings(id, findings);
  await store.finishScan(id, summarize(findings), startedAt);
  return id;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cw-compliance-'));
  db = join(dir, 'findings.db');
  const store = new SqliteFindingsStore(db);
  older = await storeScan(store, '2026-11-27T10:00:00.000Z', [finding('aws-iam-root-mfa', 'pass', 'arn:aws:iam::111122223333:root')]);
  newer = await storeScan(store, '2026-11-28T10:00:00.000Z', [
    finding('aws-iam-root-mfa', 'fail', 'arn:aws:iam::111122223333:root'),
    finding('aws-iam-root-access-keys', 'pass', 'arn:aws:iam::111122223333:root'),
  ]);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function json(args: { scan?: string; framework?: string[] } = {}): Promise<ComplianceReport> {
  const file = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  assert.equal(await runComplianceCommand({ db, format: 'json', outputFile: file, ...args }), 0);
  return JSON.parse(readFileSync(file, 'utf8')) as ComplianceReport;
}

test('defaults to the newest scan and every framework; --scan picks an older one', async () => {
  const latest = await json();
  assert.equal(latest.scope.scanId, newer);
  assert.equal(latest.frameworks.length, selectFrameworks(undefined).length);
  const cis = latest.frameworks.find((f) => f.framework.id === 'cis-aws-foundations-3.0')!;
  assert.equal(cis.requirements.find((r) => r.id === '1.5')!.status, 'fail');
  const old = await json({ scan: older, framework: ['cis-aws-foundations-3.0'] });
  assert.equal(old.scope.scanId, older);
  assert.deepEqual(old.frameworks.map((f) => f.framework.id), ['cis-aws-foundations-3.0']);
  assert.equal(old.frameworks[0]!.requirements.find((r) => r.id === '1.5')!.status, 'pass');
});

test('unknown framework or scan ids are usage errors that list the valid ones', async () => {
  await assert.rejects(runComplianceCommand({ db, framework: ['cis-nope'] }), (e: Error) => e instanceof UsageError && /cis-nope/.test(e.message) && /cis-aws-foundations-3\.0/.test(e.message));
  await assert.rejects(runComplianceCommand({ db, scan: 'no-such-scan' }), (e: Error) => e instanceof UsageError && e.message.includes(newer) && e.message.includes(older));
  await assert.rejects(runComplianceCommand({ db: join(dir, 'missing.db') }), /no findings store at/);
  await assert.rejects(runComplianceCommand({ db, format: 'xml' }), /not one of table, json, csv, html, pdf/);
});

test('csv, html and pdf files are written for the chosen framework', async () => {
  const base = { db, framework: ['cis-aws-foundations-3.0'] };
  await runComplianceCommand({ ...base, format: 'csv', outputFile: join(dir, 'c.csv') });
  assert.match(readFileSync(join(dir, 'c.csv'), 'utf8'), /Identity and Access Management,1\.5,The root user has MFA enabled,fail,/);
  await runComplianceCommand({ ...base, format: 'html', outputFile: join(dir, 'c.html') });
  assert.match(readFileSync(join(dir, 'c.html'), 'utf8'), /<title>Compliance report: CIS Amazon Web Services Foundations Benchmark 3\.0\.0<\/title>/);
  await runComplianceCommand({ ...base, format: 'pdf', outputFile: join(dir, 'c.pdf'), pdfFont: 'builtin' });
  const text = (await pdfPages(readFileSync(join(dir, 'c.pdf')))).join(' ');
  assert.match(text, /1\.5 The root user has MFA enabled FAIL/);
  const liberation = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf');
  await runComplianceCommand({ ...base, format: 'pdf', outputFile: join(dir, 'u.pdf'), pdfFont: liberation });
  assert.ok(readFileSync(join(dir, 'u.pdf')).includes('LiberationSans'), '--pdf-font embeds the font');
  await assert.rejects(runComplianceCommand({ ...base, format: 'pdf', outputFile: join(dir, 'x.pdf'), pdfFont: join(dir, 'none.ttf') }), (e: Error) => e instanceof UsageError && /^--pdf-font: no font file at /.test(e.message));
});

test('the CLI: table by default, exit 2 with the valid ids on an unknown framework', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ok = run(['compliance', '--db', db, '--framework', 'cis-aws-foundations-3.0']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /cis-aws-foundations-3\.0\s+█*░+\s+1\.6% 1\/62/);
  assert.match(ok.stdout, /FAIL\s+1\.5\s+The root user has MFA enabled/);
  const summary = run(['compliance', '--db', db]);
  assert.equal(summary.status, 0, summary.stderr);
  for (const f of selectFrameworks(undefined)) assert.match(summary.stdout, new RegExp(`^${f.id.replace(/\./g, '\\.')}\\s+[█░]{20}`, 'm'), `${f.id} summarized`);
  const bad = run(['compliance', '--db', db, '--framework', 'nope']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown framework "nope" \(valid: .*cis-aws-foundations-3\.0/);
  const list = run(['frameworks', 'list', '--format', 'json']);
  assert.equal(list.status, 0, list.stderr);
  assert.ok((JSON.parse(list.stdout) as { count: number }).count >= 1);
});
