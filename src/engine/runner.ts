import type { Provenance, Resource } from '../model/core/index.js';
import type { Finding, FindingLocation, FrameworkRef, RiskScore } from '../findings/finding.js';
import { stableHash4 } from '../shared/hash.js';
import type { AnyRule, Outcome, RuleContext } from '../rules/kit/rule.js';
import type { Inventory } from './inventory.js';
import { composeRisk, DEFAULT_FACTORS, riskContext, type ContextFactor, type WeightedFactor } from './risk/index.js';

export interface RunOptions {
  readonly now?: Date;
  /** Framework requirements that a rule evaluates (from frameworks/ data). */
  readonly frameworksFor?: (ruleId: string) => readonly FrameworkRef[];
  /** Called once per resource evaluated, for progress displays. */
  readonly onResource?: (done: number, total: number) => void;
  /** Context factors of the risk score (default: exposure, sensitivity, exploitable CVE, privileged identity). */
  readonly riskFactors?: readonly ContextFactor[];
}

/**
 * A rule's outcome, outcomes or nothing; a rule that threw is a programmer error, reported as an unknown
 * finding, and the run goes on. (Single outcomes are not wrapped in an array: most evaluations yield one.)
 */
function safeEvaluate(rule: AnyRule, r: Resource, ctx: RuleContext): Outcome | readonly Outcome[] | undefined {
  try {
    return rule.evaluate(r as never, ctx) as Outcome | readonly Outcome[] | undefined;
  } catch (e) {
    return { status: 'unknown', message: `rule ${rule.id} failed on this resource: ${(e as Error).message}`, evidence: [] };
  }
}

/** Where a finding points: the outcome's own location, else its first sourced evidence, else the resource. */
function sourceOf(o: Outcome, r: Resource): Provenance {
  if (o.location) return o.location;
  for (const e of o.evidence) if (e.source.kind !== 'none') return e.source;
  return r.source;
}

function locationOf(source: Provenance, r: Resource): FindingLocation | undefined {
  const iac = source.kind === 'iac' ? source : r.source.kind === 'iac' ? r.source : undefined;
  if (!iac) return undefined;
  return iac.startColumn
    ? { file: iac.file, startLine: iac.startLine, endLine: iac.endLine, startColumn: iac.startColumn }
    : { file: iac.file, startLine: iac.startLine, endLine: iac.endLine };
}

const PASS_RISK: RiskScore = composeRisk({ severity: 'info', status: 'pass' }, []);

/** Fingerprint: rule id + resource uid (+ file for IaC) (+ discriminator when a rule yields several outcomes). */
export function fingerprint(ruleId: string, r: Resource, discriminator?: string): string {
  return stableHash4(ruleId, r.uid, r.origin.kind === 'iac' ? r.origin.file : '', discriminator ?? '');
}

/** What a finding says of its resource; one read-only object shared by all the findings on that resource. */
export function resourceOf(r: Resource): Finding['resource'] {
  // Literals rather than spreads; the key order is the one reports print.
  const resource: Finding['resource'] = { id: r.uid, type: r.type, name: r.name, provider: r.provider };
  if (r.account) (resource as { account?: string }).account = r.account;
  if (r.region) (resource as { region?: string }).region = r.region;
  if (r.origin.kind === 'iac') (resource as { address?: string }).address = r.origin.address;
  return resource;
}

export function toFinding(rule: AnyRule, r: Resource, o: Outcome, frameworks: readonly FrameworkRef[], risk: RiskScore, resource: Finding['resource'] = resourceOf(r)): Finding {
  const source = sourceOf(o, r);
  const location = locationOf(source, r);
  const ruleId = rule.id;
  const fp = fingerprint(ruleId, r, o.discriminator);
  const { title, severity, description, remediation, references } = rule;
  const { status, message, evidence } = o;
  return location
    ? { ruleId, title, severity, status, resource, location, source, message, evidence, description, remediation, references, frameworks, fingerprint: fp, risk }
    : { ruleId, title, severity, status, resource, source, message, evidence, description, remediation, references, frameworks, fingerprint: fp, risk };
}

/** Runs every rule over the resources of its type and scores each finding's risk. Pure apart from the progress callback. */
export function runRules(inventory: Inventory, rules: readonly AnyRule[], opts: RunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  forEachFinding(inventory, rules, opts, (f) => findings.push(f));
  return findings;
}

/**
 * The streaming form of `runRules`: hands each finding, risk scored, to `sink` as it is made and keeps none, so a caller
 * that writes findings out (or counts them) holds one at a time, not millions.
 */
export function forEachFinding(inventory: Inventory, rules: readonly AnyRule[], opts: RunOptions, sink: (f: Finding) => void): void {
  const ctx = inventory.context(opts.now);
  const byType = new Map<string, { rule: AnyRule; fw: readonly FrameworkRef[] }[]>();
  for (const rule of rules) {
    let l = byType.get(rule.resourceType);
    if (!l) byType.set(rule.resourceType, (l = []));
    // Asked once per rule, not once per rule and resource.
    l.push({ rule, fw: opts.frameworksFor?.(rule.id) ?? [] });
  }
  const contextOf = riskContext(ctx, opts.riskFactors ?? DEFAULT_FACTORS);
  const total = inventory.size;
  let done = 0;
  for (const r of inventory.all()) {
    const forType = byType.get(r.type);
    // Risk context once per resource, and only when a finding on it needs it (passes score 0 without context).
    let context: readonly WeightedFactor[] | undefined;
    let resource: Finding['resource'] | undefined;
    const emit = (rule: AnyRule, fw: readonly FrameworkRef[], o: Outcome): void => {
      const risk = o.status === 'pass' ? PASS_RISK : composeRisk({ severity: rule.severity, status: o.status }, (context ??= contextOf(r)));
      sink(toFinding(rule, r, o, fw, risk, (resource ??= resourceOf(r))));
    };
    if (forType)
      for (const { rule, fw } of forType) {
        const out = safeEvaluate(rule, r, ctx);
        if (out === undefined) continue;
        if (Array.isArray(out)) for (const o of out as readonly Outcome[]) emit(rule, fw, o);
        else emit(rule, fw, out as Outcome);
      }
    opts.onResource?.(++done, total);
  }
}
