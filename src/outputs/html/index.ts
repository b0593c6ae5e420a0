import { SEVERITIES } from '../../model/core/index.js';
import type { ScanReport } from '../../findings/report.js';
import { loadFrameworks } from '../../frameworks/index.js';
import { evaluateCompliance, type ComplianceReport } from '../../compliance/index.js';
import { formatInputError } from '../../shared/errors.js';
import { prepareReport } from '../common.js';
import { barChart, donutChart, type ChartItem } from './charts.js';
import { complianceSection, scoreColor } from './compliance.js';
import { esc } from './escape.js';
import { findingsSection, serviceOf } from './findings.js';
import { page } from './page.js';

/** Options of the HTML report. */
export interface HtmlOptions {
  /**
   * The compliance view to include. Default: every shipped framework evaluated on the report, keeping
   * those of which at least one requirement was assessed.
   */
  readonly compliance?: ComplianceReport;
}

const SEVERITY_COLOR = { critical: '#6a1b9a', high: '#c62828', medium: '#ef6c00', low: '#1565c0', info: '#757575' } as const;

function topCounts(keys: readonly string[], limit = 12): ChartItem[] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([label, value]) => ({ label, value, color: '#c62828' }));
}

function charts(r: ScanReport, compliance: ComplianceReport): string {
  const failing = r.findings.filter((f) => f.status === 'fail' && !f.muted);
  const s = r.summary;
  const severity = donutChart(
    'Failures by severity',
    SEVERITIES.map((sev) => ({ label: sev, value: s.failedBySeverity[sev], color: SEVERITY_COLOR[sev] })),
    String(s.fail),
  );
  const status = donutChart('Findings by status', [
    { label: 'fail', value: s.fail, color: '#c62828' },
    { label: 'unknown', value: s.unknown, color: '#0277bd' },
    { label: 'pass', value: s.pass, color: '#2e7d32' },
    { label: 'muted', value: s.muted, color: '#9e9e9e' },
  ], String(s.total));
  const service = barChart('Failures by service', topCounts(failing.map(serviceOf)));
  const account = barChart('Failures by account', topCounts(failing.map((f) => f.resource.account ?? '(no account)')));
  const fw = barChart(
    'Compliance score by framework (%)',
    compliance.frameworks.map((f) => ({ label: f.framework.id, value: f.score, color: scoreColor(f.score), note: `${f.score}%` })),
    { max: 100 },
  );
  return `<section id="posture"><h2>Posture</h2><div class="charts">${severity}${status}${service}${account}${fw}</div></section>`;
}

function header(r: ScanReport, title: string): string {
  const s = r.summary;
  const cards = [
    ['Failed', s.fail], ['Unknown', s.unknown], ['Passed', s.pass], ['Muted', s.muted], ['Resources', s.resources], ['Rules run', s.rulesRun],
  ].map(([k, v]) => `<div class="card"><b>${esc(v)}</b>${esc(k)}</div>`);
  return (
    `<header><h1>${esc(title)}</h1><p class="meta">Scan <code>${esc(r.scan.id)}</code> (${esc(r.scan.kind)}) from ${esc(r.scan.startedAt)}` +
    `${r.scan.finishedAt ? ` to ${esc(r.scan.finishedAt)}` : ' (unfinished)'} · sources: ${esc(r.scan.sources.join(', '))} · ${esc(r.tool.name)} ${esc(r.tool.version)}</p>` +
    `<div class="cards">${cards.join('')}</div></header>`
  );
}

function errorsSection(r: ScanReport): string {
  if (r.errors.length === 0) return '';
  return `<section id="errors"><h2>Input errors (${r.errors.length})</h2><ul>${r.errors.map((e) => `<li><code>${esc(formatInputError(e))}</code></li>`).join('')}</ul></section>`;
}

function frameworkIndex(compliance: ComplianceReport): (ruleId: string) => readonly string[] {
  const m = new Map<string, Set<string>>();
  for (const f of compliance.frameworks)
    for (const req of f.requirements)
      for (const rule of req.rules) {
        let s = m.get(rule);
        if (!s) m.set(rule, (s = new Set()));
        s.add(f.framework.id);
      }
  return (ruleId) => [...(m.get(ruleId) ?? [])];
}

function defaultCompliance(r: ScanReport): ComplianceReport {
  const all = evaluateCompliance(loadFrameworks(), r);
  return { ...all, frameworks: all.frameworks.filter((f) => f.assessed > 0) };
}

function document(report: ScanReport, opts: HtmlOptions, complianceFirst: boolean): string {
  const r = prepareReport(report);
  const compliance = opts.compliance ?? defaultCompliance(r);
  const title = complianceFirst
    ? `Compliance report: ${compliance.frameworks.map((f) => `${f.framework.name} ${f.framework.version}`).join(', ') || 'no framework'}`
    : `cloudwarden scan report`;
  const comp = complianceSection(compliance, { open: complianceFirst });
  const findings = findingsSection(r.findings, frameworkIndex(compliance));
  const body = [header(r, title), charts(r, compliance), ...(complianceFirst ? [comp, findings] : [findings, comp]), errorsSection(r)];
  return page(title, `<main>${body.join('\n')}</main>`);
}

/**
 * The scan report as one self-contained HTML file (`--format html`): inline CSS, SVG charts and a small
 * filter script, no network fetch (enforced by its Content-Security-Policy). Every string is escaped.
 */
export function render(report: ScanReport, opts: HtmlOptions = {}): string {
  return document(report, opts, false);
}

/** The compliance report: the same page with the compliance view first and its requirement tables open. */
export function renderComplianceHtml(report: ScanReport, compliance: ComplianceReport): string {
  return document(report, { compliance }, true);
}
