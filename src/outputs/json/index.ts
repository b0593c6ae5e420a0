import type { Finding } from '../../findings/finding.js';
import type { ScanReport } from '../../findings/report.js';
import { compareByRisk, prepareReport } from '../common.js';

/** Options of the JSON format. */
export interface JsonOptions {
  /** Indentation; 0 for one line. Default 2. */
  readonly indent?: number;
}

/** The JSON shape of one finding: stable key order, `muted` as a boolean with its reason beside it. */
function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    status: f.status,
    muted: f.muted !== undefined,
    ...(f.muted ? { muteReason: f.muted.reason, mutedBy: f.muted.by, ...(f.muted.expires ? { muteExpires: f.muted.expires } : {}) } : {}),
    risk: { score: f.risk?.score ?? 0, factors: f.risk?.factors ?? [] },
    resource: {
      id: f.resource.id,
      type: f.resource.type,
      name: f.resource.name,
      provider: f.resource.provider,
      ...(f.resource.address !== undefined ? { address: f.resource.address } : {}),
      ...(f.resource.account !== undefined ? { account: f.resource.account } : {}),
      ...(f.resource.region !== undefined ? { region: f.resource.region } : {}),
    },
    ...(f.location ? { location: { file: f.location.file, startLine: f.location.startLine, endLine: f.location.endLine } } : {}),
    source: f.source,
    message: f.message,
    description: f.description,
    remediation: f.remediation,
    references: f.references,
    frameworks: f.frameworks,
    fingerprint: f.fingerprint,
    evidence: f.evidence.map((e) => ({ path: e.path, value: e.value, kind: e.kind, source: e.source, ...(e.sensitive ? { sensitive: true } : {}) })),
  };
}

/**
 * Machine-readable report: `{tool, version, scan, summary, errors, findings}`. Findings are ordered by
 * status (fail, unknown, pass), then risk score, highest first, then severity and location; secrets redacted.
 */
export function render(report: ScanReport, opts: JsonOptions = {}): string {
  const r = prepareReport(report);
  const doc = {
    tool: r.tool.name,
    version: r.tool.version,
    scan: { id: r.scan.id, startedAt: r.scan.startedAt, finishedAt: r.scan.finishedAt, sources: r.scan.sources },
    summary: r.summary,
    errors: r.errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })),
    findings: [...r.findings].sort(compareByRisk).map(findingJson),
  };
  return `${JSON.stringify(doc, null, opts.indent ?? 2)}\n`;
}
