/**
 * Joins `vulnerability.finding`s (Inspector, or an imported Trivy/Grype report) onto the instance, image or
 * function they name, and a factory for the rules that judge those CVEs: each rule file keeps its own id,
 * wording and severity, the joining, the "was it scanned at all" reasoning and the evidence are shared here.
 */
import { isKnown, type Resource, type Severity } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import { defineRule, type Outcome, type RuleContext, type RuleDefinition } from './rule.js';

export type VulnerableType = 'aws.ec2.instance' | 'aws.ecr.image' | 'aws.lambda.function';
export type VulnerabilityFinding = ModelResource<'vulnerability.finding'>;

/** Findings listed in evidence; the message still counts them all. */
const EVIDENCE_CAP = 10;

/** The ACTIVE findings on a resource (suppressed and closed ones are someone's decision, not exposure). */
export function activeFindings(ctx: RuleContext, uid: string): VulnerabilityFinding[] {
  return ctx.referencing('vulnerability.finding', 'resourceUid', uid).filter((f) => isKnown(f.properties.status) && f.properties.status.value.toUpperCase() === 'ACTIVE');
}

const COVERAGE_FIELD = { 'aws.ec2.instance': 'ec2Scanning', 'aws.ecr.image': 'ecrScanning', 'aws.lambda.function': 'lambdaScanning' } as const;

/**
 * Whether a scanner looked at the resource, so that "no finding" means "nothing found": a finding of any
 * status names it, it came from a scanner's report (import), or Inspector scans its kind in its account
 * and region. Returns the reason it was not, or `true`.
 */
export function scannedBy(ctx: RuleContext, r: Resource, type: VulnerableType): true | string {
  if (ctx.referencing('vulnerability.finding', 'resourceUid', r.uid).length > 0) return true;
  if (r.origin.kind === 'import') return true;
  const cov = ctx.inAccount('aws.inspector2.coverage', r.account, r.region)[0];
  if (!cov) return `no Inspector coverage was collected for ${r.account ?? 'the account'} in ${r.region ?? 'the region'}`;
  const on = cov.properties[COVERAGE_FIELD[type]];
  if (!isKnown(on)) return `Inspector's scanning status could not be read: ${on.reason ?? 'unresolvable'}`;
  return on.value ? true : `Inspector does not scan ${type.split('.').slice(1).join(' ')}s in ${r.region ?? 'this region'}, and no other scanner reported on it`;
}

/** `yes` the finding offends, `no` it does not, `unknown` a value it needs is not known. */
export type Verdict = 'yes' | 'no' | 'unknown';

function score(f: VulnerabilityFinding): number {
  const c = f.properties.cvssScore;
  return isKnown(c) && c.value !== null ? c.value : -1;
}

function describeFinding(f: VulnerabilityFinding): string {
  const p = f.properties;
  const id = (isKnown(p.vulnerabilityId) && p.vulnerabilityId.value) || (isKnown(p.title) && p.title.value) || f.name;
  const cvss = isKnown(p.cvssScore) && p.cvssScore.value !== null ? `CVSS ${p.cvssScore.value}` : 'CVSS n/a';
  const exploit = isKnown(p.exploitAvailable) && p.exploitAvailable.value !== null ? (p.exploitAvailable.value ? 'exploit known' : 'no known exploit') : 'exploit n/a';
  const fix = isKnown(p.fixAvailable) && p.fixAvailable.value !== null ? `fix ${p.fixAvailable.value.toLowerCase()}` : 'fix n/a';
  return `${id} (${isKnown(p.severity) ? p.severity.value : '?'}, ${cvss}, ${exploit}, ${fix})`;
}

/** Outcome for a resource given the predicate over its active findings. */
export function judgeVulnerabilities(ctx: RuleContext, r: Resource, type: VulnerableType, offends: (f: VulnerabilityFinding) => Verdict, what: string): Outcome | undefined {
  // Vulnerabilities are a property of running software; IaC declares none.
  if (r.origin.kind === 'iac') return undefined;
  // A scan that looked for no vulnerabilities at all (no scanner coverage, no finding: `--services ec2`, say)
  // has nothing to say here; once any source is in, a resource it does not cover is unknown.
  if (ctx.ofType('aws.inspector2.coverage').length === 0 && ctx.ofType('vulnerability.finding').length === 0) return undefined;
  const findings = activeFindings(ctx, r.uid);
  const bad = findings.filter((f) => offends(f) === 'yes').sort((a, b) => score(b) - score(a));
  if (bad.length > 0) {
    const shown = bad.slice(0, EVIDENCE_CAP);
    const more = bad.length > shown.length ? ` and ${bad.length - shown.length} more` : '';
    const ev = shown.map((f) => evidence(`vulnerability(${f.uid})`, { ...f.properties.vulnerabilityId, value: describeFinding(f) }));
    return fail(`${bad.length} active ${what}: ${shown.map(describeFinding).join('; ')}${more}`, ...ev);
  }
  const undecided = findings.filter((f) => offends(f) === 'unknown');
  if (undecided.length > 0) return unknown(`${undecided.length} active finding(s) lack the data to tell whether they are ${what}: ${undecided.slice(0, EVIDENCE_CAP).map(describeFinding).join('; ')}`);
  const scanned = scannedBy(ctx, r, type);
  if (scanned !== true) return unknown(`no vulnerability data: ${scanned}`);
  return pass(`no active ${what} (${findings.length} active finding(s) in all)`);
}

const HIGH_OR_CRITICAL = new Set(['CRITICAL', 'HIGH']);

/** Critical or high, with a public exploit known. */
export function exploitable(f: VulnerabilityFinding): Verdict {
  const { severity: s, exploitAvailable: e } = f.properties;
  if (!isKnown(s) || !HIGH_OR_CRITICAL.has(s.value.toUpperCase())) return isKnown(s) ? 'no' : 'unknown';
  if (!isKnown(e) || e.value === null) return 'unknown';
  return e.value ? 'yes' : 'no';
}

/** Critical or high, with a fixed version published (`YES` or `PARTIAL`): patching is possible and overdue. */
export function fixable(f: VulnerabilityFinding): Verdict {
  const { severity: s, fixAvailable: x } = f.properties;
  if (!isKnown(s) || !HIGH_OR_CRITICAL.has(s.value.toUpperCase())) return isKnown(s) ? 'no' : 'unknown';
  if (isKnown(x) && x.value !== null) return x.value.toUpperCase() === 'NO' ? 'no' : 'yes';
  // Without the flag, a package naming its fixed version says the same.
  const pk = f.properties.packages;
  if (isKnown(pk) && pk.value.some((p) => p.fixedInVersion !== null)) return 'yes';
  return 'unknown';
}

/** Base CVSS score of 9.0 or more. */
export function criticalCvss(f: VulnerabilityFinding): Verdict {
  const c = f.properties.cvssScore;
  if (!isKnown(c) || c.value === null) {
    // No CVSS but a severity below critical cannot reach 9.0 on the scanner's own scale.
    return isKnown(f.properties.severity) && f.properties.severity.value.toUpperCase() !== 'CRITICAL' ? 'no' : 'unknown';
  }
  return c.value >= 9 ? 'yes' : 'no';
}

/** The three judgements, by short code, with their wording. */
export const VULNERABILITY_CHECKS = {
  'exploitable-cve': { offends: exploitable, what: 'critical or high CVE(s) with a known exploit' },
  'fixable-cve': { offends: fixable, what: 'critical or high CVE(s) with a fix available' },
  'critical-cvss': { offends: criticalCvss, what: 'CVE(s) with CVSS 9.0 or more' },
} as const;

export interface VulnerabilityRuleSpec<T extends VulnerableType> {
  readonly id: string;
  readonly service: string;
  readonly resourceType: T;
  readonly check: keyof typeof VULNERABILITY_CHECKS;
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  readonly risk: string;
  readonly remediation: RuleDefinition['remediation'];
  readonly references: readonly string[];
}

/** A rule judging the active CVEs of one resource type with one of the checks above. */
export function vulnerabilityRule<T extends VulnerableType>(s: VulnerabilityRuleSpec<T>): RuleDefinition<T> {
  const c = VULNERABILITY_CHECKS[s.check];
  return defineRule<T>({
    id: s.id,
    title: s.title,
    severity: s.severity,
    provider: 'aws',
    service: s.service,
    resourceType: s.resourceType,
    description: s.description,
    risk: s.risk,
    remediation: s.remediation,
    references: s.references,
    evaluate: (r, ctx) => judgeVulnerabilities(ctx, r, s.resourceType, c.offends, c.what),
  });
}
