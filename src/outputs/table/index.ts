import pc from 'picocolors';
import { SEVERITIES, type Severity } from '../../model/core/index.js';
import type { Finding } from '../../findings/finding.js';
import type { ScanReport } from '../../findings/report.js';
import { formatInputError } from '../../shared/errors.js';
import { compareByRisk, locationText, prepareReport, resourceLabel, riskScore } from '../common.js';
import { coverageLines } from './coverage.js';

/** Options of the terminal table. */
export interface TableOptions {
  /** Colours on or off. Default: on when the terminal supports it and NO_COLOR is unset. */
  readonly color?: boolean;
  /** List passing checks too (default false: only fail, unknown and muted). */
  readonly showPassed?: boolean;
  /** Cut finding lines to this many columns (no cut when absent or < 40). */
  readonly width?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

function colorsFor(opts: TableOptions): Colors {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return pc.createColors(opts.color === false || noColor ? false : (opts.color ?? pc.isColorSupported));
}

const SEVERITY_PAINT: Record<Severity, (c: Colors, s: string) => string> = {
  critical: (c, s) => c.bold(c.magenta(s)),
  high: (c, s) => c.red(s),
  medium: (c, s) => c.yellow(s),
  low: (c, s) => c.blue(s),
  info: (c, s) => c.gray(s),
};

const LABEL_WIDTH = 8;

/** Strips control characters (terminal escapes in a message must not reach the terminal) and folds newlines. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r?\n|\t/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
}

function cut(s: string, width: number | undefined): string {
  if (width === undefined || width < 40 || [...s].length <= width) return s;
  return `${[...s].slice(0, width - 1).join('')}…`;
}

/** The status column: the severity for failures, UNKNOWN / PASS otherwise. */
function label(f: Finding): string {
  if (f.status === 'unknown') return 'UNKNOWN';
  if (f.status === 'pass') return 'PASS';
  return f.severity.toUpperCase();
}

/** The `Risk` column: `risk  90`, fixed width so the rule ids line up. */
function riskColumn(f: Finding): string {
  return `risk ${String(riskScore(f)).padStart(3)}`;
}

function line(f: Finding, c: Colors, opts: TableOptions): string {
  const where = locationText(f) || [f.resource.account, f.resource.region].filter(Boolean).join('/');
  const mute = f.muted ? `  (muted: ${clean(f.muted.reason)})` : '';
  const unknownNote = f.status === 'unknown' ? 'could not be determined: ' : '';
  const plain = [label(f).padEnd(LABEL_WIDTH), riskColumn(f), f.ruleId, clean(resourceLabel(f)), where, `${unknownNote}${clean(f.message)}${mute}`].filter((x) => x !== '').join('  ');
  const text = `  ${cut(plain, opts.width === undefined ? undefined : opts.width - 2)}`;
  if (f.muted) return c.dim(text);
  const head = label(f).padEnd(LABEL_WIDTH);
  const paint = (s: string): string =>
    f.status === 'fail' ? SEVERITY_PAINT[f.severity](c, s) : f.status === 'unknown' ? c.cyan(s) : c.green(s);
  // Colour only the label column, so the rest stays readable and cutting never splits an escape.
  return text.startsWith(`  ${head}`) ? `  ${paint(head)}${text.slice(2 + head.length)}` : text;
}

/** Within a group: failures first, then unknown, then passed, muted last; each by risk, then severity and line. */
function tableOrder(a: Finding, b: Finding): number {
  return Number(a.muted !== undefined) - Number(b.muted !== undefined) || compareByRisk(a, b);
}

function groupKey(f: Finding): string {
  return f.location?.file ?? `${f.resource.type} ${f.resource.id}`;
}

/** `N failed (C critical, H high, ...), N passed, N unknown, N muted — N files scanned, N failed to parse`. */
export function summaryLine(r: ScanReport): string {
  const s = r.summary;
  const sev = SEVERITIES.filter((x) => s.failedBySeverity[x] > 0).map((x) => `${s.failedBySeverity[x]} ${x}`);
  const failed = `${s.fail} failed${sev.length ? ` (${sev.join(', ')})` : ''}`;
  const files = r.scan.kind === 'iac' ? ` — ${s.filesScanned} files scanned, ${s.filesFailed.length} failed to parse` : ` — ${s.resources} resources`;
  return `${failed}, ${s.pass} passed, ${s.unknown} unknown, ${s.muted} muted${files}`;
}

/**
 * The terminal view: findings grouped by file (IaC) or resource (live), highest risk first, muted
 * dimmed with their reason, unknown in its own colour; then parse errors and one summary line.
 */
export function render(report: ScanReport, opts: TableOptions = {}): string {
  const r = prepareReport(report);
  const c = colorsFor(opts);
  const shown = r.findings.filter((f) => opts.showPassed || f.status !== 'pass' || f.muted);
  const groups = new Map<string, Finding[]>();
  for (const f of [...shown].sort(tableOrder)) {
    const k = groupKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: string[] = [];
  // Groups in the order of their most urgent finding, so the riskiest file or resource comes first.
  const groupOrder = (a: string, b: string): number => tableOrder(groups.get(a)![0]!, groups.get(b)![0]!) || a.localeCompare(b);
  for (const k of [...groups.keys()].sort(groupOrder)) {
    out.push(c.bold(c.underline(clean(k))));
    for (const f of groups.get(k)!) out.push(line(f, c, opts));
    out.push('');
  }
  if (r.errors.length) {
    out.push(c.bold(c.red(`Could not parse (${r.errors.length}):`)));
    for (const e of r.errors) out.push(`  ${c.red(clean(formatInputError(e)))}`);
    out.push('');
  }
  if (shown.length === 0 && r.errors.length === 0) out.push(c.green('No failed checks.'), '');
  if (r.summary.coverage) out.push(...coverageLines(r.summary.coverage, c, clean));
  const s = r.summary;
  const summary = summaryLine(r);
  out.push(s.fail > 0 ? c.bold(c.red(summary)) : s.unknown > 0 || r.errors.length ? c.bold(c.yellow(summary)) : c.bold(c.green(summary)));
  return `${out.join('\n')}\n`;
}
