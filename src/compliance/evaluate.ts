import { severityRank } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import type { ScanReport } from '../findings/report.js';
import type { Framework, FrameworkRequirement } from '../frameworks/index.js';
import type {
  ComplianceReport, ComplianceScope, EvidenceCounts, EvidenceFinding, FrameworkResult, RequirementResult, RequirementStatus, ScoreCounts, SectionResult,
} from './types.js';

/**
 * Evaluating frameworks against a scan: pure functions from (framework data, findings) to statuses.
 * A requirement is decided by the findings of the rules it names (matched by rule id, so a framework file
 * added after the scan still evaluates it). Muted findings are shown as evidence but never fail a requirement.
 */

const ORDER = { fail: 0, unknown: 1, pass: 2 } as const;

function evidenceOf(f: Finding): EvidenceFinding {
  const r = f.resource;
  return {
    ruleId: f.ruleId,
    status: f.status,
    severity: f.severity,
    muted: f.muted !== undefined,
    message: f.message,
    fingerprint: f.fingerprint,
    resource: { id: r.id, type: r.type, name: r.name, ...(r.account ? { account: r.account } : {}), ...(r.region ? { region: r.region } : {}) },
  };
}

function compareEvidence(a: EvidenceFinding, b: EvidenceFinding): number {
  return (
    Number(a.muted) - Number(b.muted) ||
    ORDER[a.status] - ORDER[b.status] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.resource.id.localeCompare(b.resource.id) ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The framework file's own explanation of a manual requirement, when it gives one. */
function manualNote(req: FrameworkRequirement): string {
  return req.note?.trim() || 'no rule evaluates this requirement; it needs a manual check';
}

/** Decides one requirement from the findings of its rules. */
export function evaluateRequirement(req: FrameworkRequirement, findings: readonly Finding[]): RequirementResult {
  const base = { id: req.id, title: req.title, section: req.section, rules: [...req.rules] };
  const zero: EvidenceCounts = { fail: 0, unknown: 0, pass: 0, muted: 0, resources: 0 };
  if (req.manual || req.rules.length === 0) return { ...base, status: 'manual', reason: manualNote(req), counts: zero, evidence: [] };
  const counts = { fail: 0, unknown: 0, pass: 0, muted: 0 };
  const resources = new Set<string>();
  const failingResources = new Set<string>();
  for (const f of findings) {
    const key = `${f.resource.type}\u001f${f.resource.id}`;
    resources.add(key);
    if (f.muted) counts.muted++;
    else counts[f.status]++;
    if (f.status === 'fail' && !f.muted) failingResources.add(key);
  }
  const evidence = findings.map(evidenceOf).sort(compareEvidence);
  const withCounts = { ...base, counts: { ...counts, resources: resources.size }, evidence };
  const on = `on ${plural(resources.size, 'resource')}`;
  const mutedNote = counts.muted ? ` (${counts.muted} muted)` : '';
  let status: RequirementStatus;
  let reason: string;
  if (findings.length === 0) {
    status = 'not-evaluated';
    reason = 'no resource in scope of its rules: nothing was checked';
  } else if (counts.fail > 0) {
    status = 'fail';
    reason = `${plural(counts.fail, 'failing finding')} on ${failingResources.size} of ${plural(resources.size, 'resource')}${mutedNote}`;
  } else if (counts.unknown > 0) {
    status = 'unknown';
    reason = `no failure, but ${plural(counts.unknown, 'finding')} could not be determined${mutedNote}`;
  } else {
    status = 'pass';
    reason = counts.pass > 0 ? `${plural(counts.pass, 'passing finding')} ${on}${mutedNote}` : `only muted findings (${counts.muted}) ${on}`;
  }
  return { ...withCounts, status, reason };
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

/** Status counts and scores of a list of requirement results. */
export function scoreOf(results: readonly RequirementResult[]): ScoreCounts {
  const c = { pass: 0, fail: 0, unknown: 0, notEvaluated: 0, manual: 0 };
  for (const r of results) c[r.status === 'not-evaluated' ? 'notEvaluated' : r.status]++;
  const assessed = c.pass + c.fail + c.unknown;
  return { total: results.length, ...c, assessed, score: pct(c.pass, results.length), assessedScore: assessed === 0 ? null : pct(c.pass, assessed) };
}

/** Indexes findings by rule id once, so evaluating many frameworks stays linear in the findings. */
export function findingsByRule(findings: readonly Finding[]): ReadonlyMap<string, readonly Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    let l = m.get(f.ruleId);
    if (!l) m.set(f.ruleId, (l = []));
    l.push(f);
  }
  return m;
}

/** One framework against a scan's findings (or an index from {@link findingsByRule}). */
export function evaluateFramework(fw: Framework, findings: readonly Finding[] | ReadonlyMap<string, readonly Finding[]>): FrameworkResult {
  const byRule = findings instanceof Map ? findings : findingsByRule(findings as readonly Finding[]);
  const requirements = fw.requirements.map((req) => evaluateRequirement(req, [...new Set(req.rules)].flatMap((r) => byRule.get(r) ?? [])));
  const sectionNames: string[] = [];
  const bySection = new Map<string, RequirementResult[]>();
  for (const r of requirements) {
    let l = bySection.get(r.section);
    if (!l) {
      bySection.set(r.section, (l = []));
      sectionNames.push(r.section);
    }
    l.push(r);
  }
  const sections: SectionResult[] = sectionNames.map((name) => ({ name, ...scoreOf(bySection.get(name)!) }));
  return { framework: { id: fw.id, name: fw.name, version: fw.version, provider: fw.provider }, ...scoreOf(requirements), sections, requirements };
}

/** The scope of a scan: its identity plus the accounts and regions its findings are about. */
export function scopeOf(report: ScanReport): ComplianceScope {
  const accounts = new Set<string>();
  const regions = new Set<string>();
  for (const f of report.findings) {
    if (f.resource.account) accounts.add(f.resource.account);
    if (f.resource.region) regions.add(f.resource.region);
  }
  return {
    scanId: report.scan.id,
    scanKind: report.scan.kind,
    startedAt: report.scan.startedAt,
    finishedAt: report.scan.finishedAt,
    sources: [...report.scan.sources],
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    toolVersion: report.tool.version,
  };
}

/** Every given framework evaluated against one scan report. */
export function evaluateCompliance(frameworks: readonly Framework[], report: ScanReport): ComplianceReport {
  const byRule = findingsByRule(report.findings);
  return { schema: 'cloudwarden.compliance/v1', scope: scopeOf(report), frameworks: frameworks.map((fw) => evaluateFramework(fw, byRule)) };
}
