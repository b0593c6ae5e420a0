import pc from 'picocolors';
import type { ComplianceReport, FrameworkResult, RequirementStatus, ScoreCounts } from '../types.js';
import { bar, clean, cut, percent } from './text.js';

/** Options of the terminal view. */
export interface ComplianceTableOptions {
  readonly color?: boolean;
  /** Per-section and per-requirement detail; default: only when exactly one framework is shown. */
  readonly detail?: boolean;
  /** Evidence lines listed under a failing or unknown requirement (default 3). */
  readonly evidenceLines?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

const STATUS_LABEL: Record<RequirementStatus, string> = { pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN', 'not-evaluated': 'NOT-EVAL', manual: 'MANUAL' };

function paintStatus(c: Colors, s: RequirementStatus, text: string): string {
  if (s === 'pass') return c.green(text);
  if (s === 'fail') return c.red(text);
  if (s === 'unknown') return c.cyan(text);
  return c.dim(text);
}

function paintBar(c: Colors, score: number): string {
  const b = bar(score);
  return score >= 80 ? c.green(b) : score >= 50 ? c.yellow(b) : c.red(b);
}

function countsText(s: ScoreCounts): string {
  return `${s.pass} pass, ${s.fail} fail, ${s.unknown} unknown, ${s.notEvaluated} not evaluated, ${s.manual} manual`;
}

function summaryRows(c: Colors, report: ComplianceReport): string[] {
  const idw = Math.max(9, ...report.frameworks.map((f) => f.framework.id.length));
  const head = `${'FRAMEWORK'.padEnd(idw)}  ${'SCORE'.padEnd(20)}  PASSED/TOTAL  ASSESSED  FAIL  UNKN  N/E  MANUAL`;
  const rows = report.frameworks.map((f) =>
    [
      f.framework.id.padEnd(idw), paintBar(c, f.score), `${percent(f.score).padStart(6)} ${`${f.pass}/${f.total}`.padEnd(5)}`,
      percent(f.assessedScore).padStart(8), String(f.fail).padStart(4), String(f.unknown).padStart(4), String(f.notEvaluated).padStart(4), String(f.manual).padStart(6),
    ].join('  '),
  );
  return [c.bold(head), ...rows];
}

function detailRows(c: Colors, f: FrameworkResult, evidenceLines: number): string[] {
  const out = [
    c.bold(`${f.framework.name} ${f.framework.version} (${f.framework.id})`),
    `  score ${paintBar(c, f.score)} ${percent(f.score)} (${f.pass}/${f.total} requirements); of those assessed ${percent(f.assessedScore)} (${f.pass}/${f.assessed})`,
    `  ${countsText(f)}`,
    '',
    c.bold('  Sections'),
  ];
  const sw = Math.min(48, Math.max(...f.sections.map((s) => s.name.length), 7));
  for (const s of f.sections) out.push(`  ${cut(clean(s.name || '(none)'), sw).padEnd(sw)}  ${paintBar(c, s.score)} ${percent(s.score).padStart(6)}  ${s.pass}/${s.total}`);
  out.push('', c.bold('  Requirements'));
  const idw = Math.max(...f.requirements.map((r) => r.id.length), 2);
  for (const r of f.requirements) {
    out.push(`  ${paintStatus(c, r.status, STATUS_LABEL[r.status].padEnd(8))}  ${clean(r.id).padEnd(idw)}  ${clean(r.title)}  ${c.dim(`— ${clean(r.reason)}`)}`);
    if (r.status !== 'fail' && r.status !== 'unknown') continue;
    const shown = r.evidence.filter((e) => !e.muted && e.status === r.status).slice(0, evidenceLines);
    for (const e of shown) {
      const where = [e.resource.account, e.resource.region].filter(Boolean).join('/');
      out.push(c.dim(`  ${' '.repeat(8)}  ${' '.repeat(idw)}    ${e.ruleId}  ${clean(e.resource.name || e.resource.id)}${where ? `  ${where}` : ''}`));
    }
    const more = (r.status === 'fail' ? r.counts.fail : r.counts.unknown) - shown.length;
    if (more > 0) out.push(c.dim(`  ${' '.repeat(10 + idw)}    and ${more} more`));
  }
  return out;
}

/** The terminal view: one line per framework with a score bar; with detail, sections and requirements too. */
export function renderComplianceTable(report: ComplianceReport, opts: ComplianceTableOptions = {}): string {
  const c = pc.createColors(opts.color ?? false);
  const s = report.scope;
  const out = [
    `Compliance of scan ${s.scanId} (${s.scanKind}, ${s.startedAt})${s.accounts.length ? ` — accounts ${s.accounts.join(', ')}` : ''}`,
    '',
  ];
  if (report.frameworks.length === 0) return `${out.join('\n')}no frameworks\n`;
  out.push(...summaryRows(c, report));
  const detail = opts.detail ?? report.frameworks.length === 1;
  if (detail) for (const f of report.frameworks) out.push('', ...detailRows(c, f, opts.evidenceLines ?? 3));
  out.push('', 'score = passed / all requirements; assessed = passed / requirements a rule judged (pass, fail or unknown).');
  if (!detail) out.push('Details: cloudwarden compliance --framework <id>');
  return `${out.join('\n')}\n`;
}
