/**
 * `cloudwarden compliance`: evaluates frameworks against a stored scan (the latest by default) and renders
 * the result as a terminal table, JSON, CSV, a self-contained HTML report or an auditor's PDF.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../shared/errors.js';
import { loadFrameworks, type Framework } from '../frameworks/index.js';
import type { ScanReport } from '../findings/report.js';
import { openStore, resolveStorePath, type FindingsStore } from '../findings/store/index.js';
import {
  evaluateCompliance, renderComplianceCsv, renderComplianceJson, renderCompliancePdf, renderComplianceTable, type ComplianceReport,
} from '../compliance/index.js';
import { renderComplianceHtml } from '../outputs/html/index.js';
import { choosePdfFont, type PdfFontFiles } from '../compliance/index.js';

// Local rather than evaluate-and-report's twin: that module loads the whole rule catalogue, which this command never needs.
const splitList = (xs: readonly string[]): string[] => xs.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

/** Formats of `compliance --format`. */
export const COMPLIANCE_FORMATS = ['table', 'json', 'csv', 'html', 'pdf'] as const;
export type ComplianceFormat = (typeof COMPLIANCE_FORMATS)[number];

/** The flags of `cloudwarden compliance`. */
export interface ComplianceCommandOptions {
  readonly framework?: readonly string[];
  readonly scan?: string;
  readonly format?: string;
  readonly outputFile?: string;
  readonly db?: string;
  readonly color?: boolean;
  readonly pdfFont?: string;
}

/** The CIS AWS benchmark the demo reports on: the newest shipped version. */
export const CIS_FRAMEWORK_IDS = ['cis-aws-foundations-5.0', 'cis-aws-foundations-3.0'] as const;

/** The newest CIS AWS framework present, if any. */
export function preferredCisFramework(frameworks: readonly Framework[] = loadFrameworks()): Framework | undefined {
  for (const id of CIS_FRAMEWORK_IDS) {
    const fw = frameworks.find((f) => f.id === id);
    if (fw) return fw;
  }
  return undefined;
}

/** The frameworks named by `--framework` (repeatable, comma lists); all of them when none is named. */
export function selectFrameworks(ids: readonly string[] | undefined, frameworks: readonly Framework[] = loadFrameworks()): Framework[] {
  const wanted = splitList(ids ?? []);
  if (wanted.length === 0) return [...frameworks];
  const unknown = wanted.filter((id) => !frameworks.some((f) => f.id === id));
  if (unknown.length) throw new UsageError(`--framework: unknown framework ${unknown.map((u) => `"${u}"`).join(', ')} (valid: ${frameworks.map((f) => f.id).join(', ')})`);
  return [...new Set(wanted)].map((id) => frameworks.find((f) => f.id === id)!);
}

/** The stored scan to report on: `--scan ID`, else the newest finished one. */
export async function loadScan(store: FindingsStore, scanId: string | undefined, where: string): Promise<ScanReport> {
  if (scanId !== undefined) {
    const report = (await store.getScan(scanId)) ? await store.getReport(scanId) : undefined;
    if (report) return report;
    const known = (await store.listScans({ limit: 20 })).map((s) => `${s.id} (${s.startedAt})`);
    throw new UsageError(`--scan: no scan "${scanId}" in ${where} (${known.length ? `recent scans: ${known.join(', ')}` : 'it holds no scans'})`);
  }
  const latest = await store.latestScan();
  const report = latest ? await store.getReport(latest.id) : undefined;
  if (!report) throw new UsageError(`no finished scan in ${where}: run a scan first (e.g. cloudwarden scan aws, cloudwarden iac .)`);
  return report;
}

/** Opens the store the flags name, refusing to create an empty one by accident. */
async function openExistingStore(db: string | undefined): Promise<{ store: FindingsStore; path: string }> {
  const path = resolveStorePath({ ...(db ? { flag: db } : {}), env: process.env });
  if (path !== ':memory:' && !existsSync(path)) throw new UsageError(`no findings store at ${path} (scan first, or pass --db PATH)`);
  return { store: await openStore(path), path };
}

/** Renders the compliance report in `format`; PDF is binary, the rest text. */
export async function renderCompliance(format: ComplianceFormat, scan: ScanReport, compliance: ComplianceReport, color = false, font?: PdfFontFiles): Promise<string | Buffer> {
  switch (format) {
    case 'table': return renderComplianceTable(compliance, { color });
    case 'json': return renderComplianceJson(compliance);
    case 'csv': return renderComplianceCsv(compliance);
    case 'html': return renderComplianceHtml(scan, compliance);
    case 'pdf': return renderCompliancePdf(compliance, font ? { font } : {});
  }
}

/** `cloudwarden compliance ...`. Returns the exit code (bad flags, unknown ids: UsageError, exit 2). */
export async function runComplianceCommand(o: ComplianceCommandOptions): Promise<number> {
  const format = (o.format ?? 'table').toLowerCase();
  if (!(COMPLIANCE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: "${o.format}" is not one of ${COMPLIANCE_FORMATS.join(', ')}`);
  const frameworks = selectFrameworks(o.framework);
  if (format === 'pdf' && !o.outputFile && process.stdout.isTTY) throw new UsageError('--format pdf writes a binary file: add --output-file FILE (or pipe the output)');
  const font = format === 'pdf' ? choosePdfFont({ ...(o.pdfFont !== undefined ? { flag: o.pdfFont } : {}), env: process.env }) : undefined;
  const { store, path } = await openExistingStore(o.db);
  let scan: ScanReport;
  try {
    scan = await loadScan(store, o.scan, path);
  } finally {
    await store.close();
  }
  const compliance = evaluateCompliance(frameworks, scan);
  const color = o.color ?? (Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] && !o.outputFile);
  const out = await renderCompliance(format as ComplianceFormat, scan, compliance, color && format === 'table', font);
  if (o.outputFile) {
    await mkdir(dirname(o.outputFile), { recursive: true });
    await writeFile(o.outputFile, out);
    process.stderr.write(`wrote ${o.outputFile}\n`);
  } else process.stdout.write(out);
  return 0;
}

/**
 * Writes `compliance.html` and `compliance.pdf` for one framework on the newest scan of the store into
 * `dir` (what the demo adds to its reports). Returns the files written.
 */
export async function writeComplianceReports(o: { readonly db?: string; readonly dir: string; readonly framework: Framework }): Promise<string[]> {
  const { store, path } = await openExistingStore(o.db);
  let scan: ScanReport;
  try {
    scan = await loadScan(store, undefined, path);
  } finally {
    await store.close();
  }
  const compliance = evaluateCompliance([o.framework], scan);
  await mkdir(o.dir, { recursive: true });
  const files = [join(o.dir, 'compliance.html'), join(o.dir, 'compliance.pdf')];
  await writeFile(files[0]!, renderComplianceHtml(scan, compliance));
  const font = choosePdfFont({ env: process.env });
  await writeFile(files[1]!, await renderCompliancePdf(compliance, font ? { font } : {}));
  return files;
}
