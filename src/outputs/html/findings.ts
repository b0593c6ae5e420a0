import { severityRank } from '../../model/core/index.js';
import type { Finding } from '../../findings/finding.js';
import { compareFindings, locationText, resourceLabel } from '../common.js';
import { esc, token } from './escape.js';

/** The finding's risk score (0–100) when the engine computed one. */
export function riskOf(f: Finding): number | undefined {
  return f.risk?.score;
}

/** The service a finding is about: the middle of its model type (`aws.s3.bucket` → `s3`). */
export function serviceOf(f: Finding): string {
  return f.resource.type.split('.')[1] ?? f.resource.type;
}

/** The status a reader filters on: muted findings form their own group whatever they would have been. */
export function displayStatus(f: Finding): string {
  return f.muted ? 'muted' : f.status;
}

const STATUS_ORDER: Record<string, number> = { fail: 0, unknown: 1, pass: 2, muted: 3 };

/** Failures first; within a status the highest risk (when scored), then the most severe. */
export function htmlOrder(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[displayStatus(a)]! - STATUS_ORDER[displayStatus(b)]! ||
    (riskOf(b) ?? -1) - (riskOf(a) ?? -1) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareFindings(a, b)
  );
}

function remediationBlock(f: Finding): string {
  const parts = (['cli', 'terraform', 'cloudformation', 'kubernetes', 'console'] as const)
    .filter((k) => f.remediation[k])
    .map((k) => `<h5>${esc(k === 'cli' ? 'CLI' : k[0]!.toUpperCase() + k.slice(1))}</h5><pre>${esc(f.remediation[k])}</pre>`);
  return parts.length ? `<h4>Remediation</h4>${parts.join('')}` : '';
}

function evidenceBlock(f: Finding): string {
  if (f.evidence.length === 0) return '';
  const rows = f.evidence.map((e) => {
    const src = e.source;
    const where = src.kind === 'iac' ? `${src.file}:${src.startLine}` : src.kind === 'api' ? `${src.call}${src.region ? ` (${src.region})` : ''}` : src.kind === 'import' ? src.file : '';
    return `<tr><td><code>${esc(e.path)}</code></td><td><code>${esc(JSON.stringify(e.value) ?? 'undefined')}</code></td><td>${esc(e.kind)}</td><td>${esc(where)}</td></tr>`;
  });
  return `<h4>Evidence</h4><table class="evidence"><thead><tr><th>Path</th><th>Value</th><th>Kind</th><th>Source</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function details(f: Finding): string {
  const refs = f.references.map((r) => `<li>${esc(r)}</li>`).join('');
  const fws = f.frameworks.map((x) => `${x.framework} ${x.requirement}`).join(', ');
  return (
    `<details><summary>Details</summary><div class="detail">` +
    `<p>${esc(f.description)}</p>` +
    (f.muted ? `<p class="muted-note">Muted (${esc(f.muted.by)}): ${esc(f.muted.reason)}${f.muted.expires ? ` until ${esc(f.muted.expires)}` : ''}</p>` : '') +
    `<p class="meta">Resource <code>${esc(f.resource.id)}</code> (${esc(f.resource.type)})${locationText(f) ? ` at <code>${esc(locationText(f))}</code>` : ''}; fingerprint <code>${esc(f.fingerprint)}</code></p>` +
    (fws ? `<p class="meta">Frameworks: ${esc(fws)}</p>` : '') +
    (f.risk && f.risk.factors.length ? `<h4>Risk ${esc(f.risk.score)}</h4><ul>${f.risk.factors.map((x) => `<li>+${esc(x.points)} ${esc(x.factor)}: ${esc(x.detail)}</li>`).join('')}</ul>` : '') +
    evidenceBlock(f) +
    remediationBlock(f) +
    (refs ? `<h4>References</h4><ul>${refs}</ul>` : '') +
    `</div></details>`
  );
}

/** One table row; the `data-*` attributes are what the filters match (framework ids space-separated). */
function row(f: Finding, frameworks: readonly string[], withRisk: boolean): string {
  const status = displayStatus(f);
  const where = [f.resource.account, f.resource.region].filter(Boolean).join(' / ');
  const risk = riskOf(f);
  return (
    `<tr class="finding" data-severity="${token(f.severity)}" data-status="${token(status)}" data-service="${token(serviceOf(f))}" ` +
    `data-account="${token(f.resource.account ?? '')}" data-frameworks="${esc(frameworks.join(' '))}">` +
    (withRisk ? `<td class="num">${risk === undefined ? '' : esc(risk)}</td>` : '') +
    `<td><span class="sev sev-${token(f.severity)}">${esc(f.severity)}</span></td>` +
    `<td><span class="st st-${token(status)}">${esc(status)}</span></td>` +
    `<td><code>${esc(f.ruleId)}</code><div class="sub">${esc(f.title)}</div></td>` +
    `<td>${esc(resourceLabel(f))}<div class="sub">${esc(f.resource.type)}</div></td>` +
    `<td>${esc(where || locationText(f))}</td>` +
    `<td>${esc(f.message)}${details(f)}</td></tr>`
  );
}

function select(id: string, label: string, values: readonly string[]): string {
  const opts = values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
  return `<label>${esc(label)} <select id="${id}" data-filter="${id.replace('filter-', '')}"><option value="">all</option>${opts}</select></label>`;
}

/**
 * The findings section: search box, filters (severity, status, service, account, framework) and the table.
 * Every row is rendered here; the page script only hides and shows rows.
 */
export function findingsSection(findings: readonly Finding[], frameworksOfRule: (ruleId: string) => readonly string[]): string {
  const sorted = [...findings].sort(htmlOrder);
  const withRisk = sorted.some((f) => riskOf(f) !== undefined);
  const distinct = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean).sort();
  const fwOf = (f: Finding) => distinct([...f.frameworks.map((x) => x.framework), ...frameworksOfRule(f.ruleId)]);
  const rows = sorted.map((f) => row(f, fwOf(f), withRisk));
  const filters = [
    `<label>Search <input id="search" type="search" placeholder="rule, resource, message…" autocomplete="off"></label>`,
    select('filter-severity', 'Severity', ['critical', 'high', 'medium', 'low', 'info'].filter((s) => findings.some((f) => f.severity === s))),
    select('filter-status', 'Status', ['fail', 'unknown', 'pass', 'muted'].filter((s) => findings.some((f) => displayStatus(f) === s))),
    select('filter-service', 'Service', distinct(findings.map(serviceOf)).map((s) => s.toLowerCase())),
    select('filter-account', 'Account', distinct(findings.map((f) => f.resource.account ?? ''))),
    select('filter-frameworks', 'Framework', distinct(findings.flatMap(fwOf))),
  ];
  return (
    `<section id="findings"><h2>Findings</h2><div class="filters">${filters.join('')}</div>` +
    `<p class="count" id="shown-count">${sorted.length} of ${sorted.length} findings shown</p>` +
    `<table class="findings" id="findings-table"><thead><tr>${withRisk ? '<th>Risk</th>' : ''}<th>Severity</th><th>Status</th><th>Rule</th><th>Resource</th><th>Where</th><th>Message</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>${sorted.length === 0 ? '<p>No findings.</p>' : ''}</section>`
  );
}
