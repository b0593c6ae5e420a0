import { severityRank } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { redactReport, type ScanReport } from '../findings/report.js';

/**
 * Every renderer starts here: the report with secrets redacted (sensitive evidence becomes
 * `[redacted]`, messages pass through `redactSecrets`). Redaction is idempotent, so a report that
 * came from the store (already redacted) is unchanged.
 */
export function prepareReport(report: ScanReport): ScanReport {
  return redactReport(report);
}

/** `main.tf:12` or `main.tf:12-14`; empty for findings without a file location. */
export function locationText(f: Finding): string {
  const l = f.location;
  if (!l) return '';
  return l.startLine === l.endLine ? `${l.file}:${l.startLine}` : `${l.file}:${l.startLine}-${l.endLine}`;
}

/** The name users know a resource by: the IaC address, else the provider id. */
export function resourceLabel(f: Finding): string {
  return f.resource.address ?? f.resource.id;
}

/** Most severe first, then by file, line and rule id: a stable order for human-facing views. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
    (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.resource.id.localeCompare(b.resource.id) ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

/** The finding's risk score; 0 for a finding scored by nothing (built outside the engine). */
export const riskScore = (f: Finding): number => f.risk?.score ?? 0;

const STATUS_RANK = { fail: 0, unknown: 1, pass: 2 } as const;

/** The default order of the JSON report and the table: by status (fail, unknown, pass), then highest risk, then {@link compareFindings}. */
export function compareByRisk(a: Finding, b: Finding): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || riskScore(b) - riskScore(a) || compareFindings(a, b);
}
