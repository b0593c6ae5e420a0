import type { ComplianceReport } from '../types.js';

/** The CSV header: one row per framework requirement. */
export const COMPLIANCE_CSV_COLUMNS = [
  'framework', 'frameworkVersion', 'section', 'requirement', 'title', 'status', 'reason', 'rules',
  'failing', 'unknown', 'passing', 'muted', 'resources', 'failingResources',
] as const;

/** RFC 4180 field; cells starting with a formula character get a `'` so spreadsheets do not run them. */
function field(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Requirement rows with counts; `failingResources` lists the failing resource ids separated by spaces. */
export function renderComplianceCsv(report: ComplianceReport): string {
  const rows = [COMPLIANCE_CSV_COLUMNS.join(',')];
  for (const f of report.frameworks)
    for (const r of f.requirements) {
      const failing = [...new Set(r.evidence.filter((e) => e.status === 'fail' && !e.muted).map((e) => e.resource.id))];
      rows.push(
        [f.framework.id, f.framework.version, r.section, r.id, r.title, r.status, r.reason, r.rules.join(' '),
          r.counts.fail, r.counts.unknown, r.counts.pass, r.counts.muted, r.counts.resources, failing.join(' ')].map(field).join(','),
      );
    }
  return `${rows.join('\r\n')}\r\n`;
}
