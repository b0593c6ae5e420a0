import type { ComplianceReport, FrameworkResult, RequirementResult } from '../../compliance/index.js';
import { barChart } from './charts.js';
import { esc, token } from './escape.js';

/** Evidence rows listed per requirement before "and N more" (the JSON report has them all). */
const EVIDENCE_ROWS = 25;

/** Score colours: green from 80, amber from 50, red below. */
export function scoreColor(score: number): string {
  return score >= 80 ? '#2e7d32' : score >= 50 ? '#f9a825' : '#c62828';
}

function evidence(r: RequirementResult): string {
  if (r.evidence.length === 0) return '';
  const rows = r.evidence.slice(0, EVIDENCE_ROWS).map((e) => {
    const where = [e.resource.account, e.resource.region].filter(Boolean).join(' / ');
    return `<tr><td><span class="st st-${token(e.muted ? 'muted' : e.status)}">${esc(e.muted ? `${e.status} (muted)` : e.status)}</span></td><td><code>${esc(e.ruleId)}</code></td><td>${esc(e.resource.name || e.resource.id)}<div class="sub">${esc(e.resource.id)}</div></td><td>${esc(where)}</td><td>${esc(e.message)}</td></tr>`;
  });
  const more = r.evidence.length > EVIDENCE_ROWS ? `<p class="meta">and ${r.evidence.length - EVIDENCE_ROWS} more</p>` : '';
  return `<details><summary>Evidence (${r.evidence.length})</summary><table class="evidence"><thead><tr><th>Result</th><th>Rule</th><th>Resource</th><th>Where</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}</details>`;
}

function requirementRow(r: RequirementResult): string {
  return (
    `<tr class="requirement" data-status="${token(r.status)}"><td><code>${esc(r.id)}</code></td><td>${esc(r.title)}</td>` +
    `<td><span class="st st-${token(r.status)}">${esc(r.status)}</span></td>` +
    `<td>${esc(r.reason)}${r.rules.length ? `<div class="sub">${esc(r.rules.join(', '))}</div>` : ''}${evidence(r)}</td></tr>`
  );
}

function frameworkBlock(f: FrameworkResult): string {
  const sectionChart = barChart(
    'Score by section (% of requirements passed)',
    f.sections.map((s) => ({ label: s.name || '(none)', value: s.score, color: scoreColor(s.score), note: `${s.score}% ${s.pass}/${s.total}` })),
    { max: 100, width: 720, labelWidth: 300 },
  );
  const counts = `${f.pass} pass · ${f.fail} fail · ${f.unknown} unknown · ${f.notEvaluated} not evaluated · ${f.manual} manual`;
  let section: string | undefined;
  const rows: string[] = [];
  for (const r of f.requirements) {
    if (r.section !== section) {
      section = r.section;
      rows.push(`<tr class="section-row"><th colspan="4">${esc(section || 'Requirements')}</th></tr>`);
    }
    rows.push(requirementRow(r));
  }
  return (
    `<article class="framework" id="fw-${esc(f.framework.id)}"><h3>${esc(f.framework.name)} ${esc(f.framework.version)} <span class="sub">${esc(f.framework.id)}</span></h3>` +
    `<p class="score"><strong>${esc(f.score)}%</strong> of ${f.total} requirements passed` +
    `${f.assessedScore === null ? '; none assessed' : `; ${esc(f.assessedScore)}% of the ${f.assessed} assessed`}. <span class="sub">${esc(counts)}</span></p>` +
    `${sectionChart}<details><summary>Requirements (${f.total})</summary><table class="requirements"><thead><tr><th>Id</th><th>Requirement</th><th>Status</th><th>Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></details></article>`
  );
}

/** The compliance view: a score chart over every framework, then per framework its sections and requirements. */
export function complianceSection(report: ComplianceReport, opts: { readonly open?: boolean } = {}): string {
  if (report.frameworks.length === 0) return '';
  const overview = barChart(
    'Framework scores (% of requirements passed)',
    report.frameworks.map((f) => ({ label: f.framework.id, value: f.score, color: scoreColor(f.score), note: `${f.score}%` })),
    { max: 100, width: 720, labelWidth: 300 },
  );
  const blocks = report.frameworks.map(frameworkBlock).join('');
  return `<section id="compliance"><h2>Compliance</h2>${overview}${opts.open ? blocks.replace(/<details><summary>Requirements/g, '<details open><summary>Requirements') : blocks}</section>`;
}
