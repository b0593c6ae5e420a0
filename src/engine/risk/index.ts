/**
 * The risk score of every finding: severity plus context from the inventory (docs/risk.md). One pass, after the
 * rules: context factors are computed once per subject resource and cached by uid, and every related-resource
 * look-up goes through the inventory's indexes, so the cost grows with findings + resources, never their product.
 */
import { isKnown, type Resource } from '../../model/core/index.js';
import type { Finding } from '../../findings/finding.js';
import type { RuleContext } from '../../rules/kit/rule.js';
import { composeRisk, type WeightedFactor } from './base.js';
import { publicExposure } from './exposure.js';
import { privilegedIdentity } from './identity.js';
import { sensitiveData } from './sensitivity.js';
import type { ContextFactor } from './types.js';
import { exploitableVulnerability } from './vulnerability.js';

export { composeRisk, SEVERITY_BASE, MAX_SCORE, type WeightedFactor } from './base.js';
export type { ContextFactor } from './types.js';

/** The factors every scan applies, in the order they are listed on a finding. Append to extend the score. */
export const DEFAULT_FACTORS: readonly ContextFactor[] = [publicExposure, sensitiveData, exploitableVulnerability, privilegedIdentity];

/**
 * The resource whose context decides a finding's risk: a vulnerability finding is about the instance, image or
 * function it names, a function URL about its function; anything else about itself.
 */
export function subjectOf(r: Resource, ctx: RuleContext): Resource {
  const props = r.properties as Record<string, { kind?: string; value?: unknown } | undefined>;
  const ref = r.type === 'vulnerability.finding' ? props.resourceUid : r.type === 'aws.lambda.function-url' ? props.functionId : undefined;
  if (!ref || !isKnown(ref as never) || typeof ref.value !== 'string') return r;
  return ctx.get(ref.value) ?? r;
}

/** The context factors of a finding's resource (its subject's), computed afresh: callers keep what they need. */
export function riskContext(ctx: RuleContext, factors: readonly ContextFactor[] = DEFAULT_FACTORS): (r: Resource) => readonly WeightedFactor[] {
  return (r) => {
    const subject = subjectOf(r, ctx);
    return factors.map((f) => f(subject, ctx)).filter((x): x is WeightedFactor => x !== undefined);
  };
}

/**
 * A scorer for the findings of one scan, in the order the engine makes them (all findings of a resource
 * together): the context of the last resource is kept, so memory stays constant however large the scan.
 * Findings of a resource seen earlier are still scored correctly, only recomputed.
 */
export function riskScorer(ctx: RuleContext, factors: readonly ContextFactor[] = DEFAULT_FACTORS): (f: Finding) => Finding {
  const contextOf = riskContext(ctx, factors);
  let lastUid: string | undefined;
  let last: readonly WeightedFactor[] = [];
  const contextFor = (uid: string): readonly WeightedFactor[] => {
    if (uid === lastUid) return last;
    const r = ctx.get(uid);
    last = r ? contextOf(r) : [];
    lastUid = uid;
    return last;
  };
  return (f) => ({ ...f, risk: composeRisk(f, f.status !== 'pass' && f.muted === undefined ? contextFor(f.resource.id) : []) });
}

/** Scores a list of findings (see {@link riskScorer}). */
export function scoreFindings(findings: readonly Finding[], ctx: RuleContext, factors: readonly ContextFactor[] = DEFAULT_FACTORS): Finding[] {
  return findings.map(riskScorer(ctx, factors));
}
