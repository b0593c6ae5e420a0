import type { Finding } from '../../findings/finding.js';
import type { ScanReport } from '../../findings/report.js';
import { prepareReport } from '../common.js';

/** Options of the CSV format. */
export interface CsvOptions {
  /** Prefix cells that start with = + - @ with `'` so spreadsheets do not run them as formulas. Default true. */
  readonly neutralizeFormulas?: boolean;
}

/** The CSV header, in column order. */
export const CSV_COLUMNS = [
  'ruleId', 'severity', 'status', 'riskScore', 'muted', 'muteReason', 'resourceId', 'resourceType', 'resourceName',
  'file', 'startLine', 'endLine', 'account', 'region', 'message', 'fingerprint',
] as const;

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF (quotes doubled). */
export function csvField(v: string | number | boolean | undefined, neutralize = true): string {
  if (v === undefined) return '';
  let s = String(v);
  if (neutralize && typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(f: Finding): (string | number | boolean | undefined)[] {
  return [
    f.ruleId, f.severity, f.status, f.risk?.score ?? 0, f.muted !== undefined, f.muted?.reason, f.resource.id, f.resource.type, f.resource.name,
    f.location?.file, f.location?.startLine, f.location?.endLine, f.resource.account, f.resource.region, f.message, f.fingerprint,
  ];
}

/**
 * RFC 4180 CSV: a header row, then one row per finding in report order, CRLF line ends.
 * Every status is included; filter on the `status` and `muted` columns.
 */
export function render(report: ScanReport, opts: CsvOptions = {}): string {
  const r = prepareReport(report);
  const neutralize = opts.neutralizeFormulas ?? true;
  const lines = [CSV_COLUMNS.join(','), ...r.findings.map((f) => row(f).map((v) => csvField(v, neutralize)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
