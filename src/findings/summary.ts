import { SEVERITIES, type Severity } from '../model/core/index.js';
import type { Finding } from './finding.js';

/**
 * The counts of one scan. Status counts cover *unmuted* findings only, so that
 * `pass + fail + unknown + muted = total` and a muted failure never fails a CI gate;
 * `mutedByStatus` keeps what the muted findings would have been.
 */
export interface ScanSummary {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly unknown: number;
  readonly muted: number;
  readonly mutedByStatus: { readonly pass: number; readonly fail: number; readonly unknown: number };
  /** Unmuted failures per severity (every severity present, zero when none). */
  readonly failedBySeverity: Readonly<Record<Severity, number>>;
  readonly resources: number;
  /** Distinct rules evaluated (from `extra.rulesRun`, else the rules seen in findings). */
  readonly rulesRun: number;
  readonly filesScanned: number;
  /** Files that could not be parsed, sorted. */
  readonly filesFailed: readonly string[];
  /** Live scans: what the discovery could and could not see (absent for IaC scans). */
  readonly coverage?: CoverageSummary;
}

/** One account × region × service a live scan did not fully see. */
export interface CoverageRow {
  readonly account: string;
  /** A region, `global`, or `*` when the whole account could not be entered. */
  readonly region: string;
  readonly service: string;
  readonly status: 'complete' | 'partial' | 'failed';
  /** Gap reasons: `AccessDenied`, `RegionDisabled`, `Throttled`, `ServerError`, `AssumeRoleDenied`, ... */
  readonly reasons: readonly string[];
  readonly message?: string;
}

/**
 * Coverage of a live scan: counts of account × region × service cells by status, per account, and the
 * cells that were not complete (the complete ones are only counted, so the summary stays small).
 */
export interface CoverageSummary {
  readonly complete: number;
  readonly partial: number;
  readonly failed: number;
  readonly accounts: readonly { readonly account: string; readonly complete: number; readonly partial: number; readonly failed: number }[];
  readonly incomplete: readonly CoverageRow[];
}

/** What the findings alone cannot tell. */
export interface SummaryExtra {
  readonly resources?: number;
  readonly rulesRun?: number;
  readonly filesScanned?: number | readonly string[];
  readonly filesFailed?: readonly string[];
  readonly coverage?: CoverageSummary;
}

/** Counts findings by status and severity; see {@link ScanSummary} for how muted findings count. */
export function summarize(findings: readonly Finding[], extra: SummaryExtra = {}): ScanSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const counts = { pass: 0, fail: 0, unknown: 0 };
  const muted = { pass: 0, fail: 0, unknown: 0 };
  const rules = new Set<string>();
  const resources = new Set<string>();
  for (const f of findings) {
    rules.add(f.ruleId);
    resources.add(`${f.resource.type}\u001f${f.resource.id}`);
    if (f.muted) {
      muted[f.status]++;
      continue;
    }
    counts[f.status]++;
    if (f.status === 'fail') bySeverity[f.severity]++;
  }
  const scanned = extra.filesScanned;
  return {
    total: findings.length,
    ...counts,
    muted: muted.pass + muted.fail + muted.unknown,
    mutedByStatus: muted,
    failedBySeverity: bySeverity,
    resources: extra.resources ?? resources.size,
    rulesRun: extra.rulesRun ?? rules.size,
    filesScanned: typeof scanned === 'number' ? scanned : (scanned?.length ?? 0),
    filesFailed: [...new Set(extra.filesFailed ?? [])].sort(),
    ...(extra.coverage ? { coverage: extra.coverage } : {}),
  };
}
