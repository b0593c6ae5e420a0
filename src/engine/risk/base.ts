/**
 * The arithmetic of the risk score. A failing finding starts from its severity's base; each context factor claims
 * a share (its weight, in percent) of the headroom above that base (what is left to 100, and never more than the
 * base itself), so context reorders findings of one severity without letting a pile of factors saturate every
 * score at 100, and a severity still outranks the one below it unless the context is substantial. The listed points are the scaled ones: the score is their sum.
 */
import type { CheckStatus, Severity } from '../../model/core/index.js';
import type { RiskFactor, RiskScore } from '../../findings/finding.js';

/** Points a failing finding starts from, by severity. */
export const SEVERITY_BASE: Readonly<Record<Severity, number>> = { critical: 70, high: 50, medium: 30, low: 15, info: 5 };

/**
 * An unknown finding may be a failure or not: it takes every factor a failure would, then loses half of their sum
 * (the `unknown-status` factor), so it ranks above passes and below the same failure proven, while an unknown
 * critical on a public instance still outranks a proven low on a private one.
 */
export const UNKNOWN_DISCOUNT = 0.5;

/** The highest score. */
export const MAX_SCORE = 100;

/** Factor names the composition owns; every other factor is context computed from the inventory. */
export const SEVERITY_FACTOR = 'severity';
export const STATUS_FACTOR = 'status';
export const UNKNOWN_FACTOR = 'unknown-status';

/** A context factor as the factor functions return it: `weight` is the percentage of the headroom it claims. */
export interface WeightedFactor {
  readonly factor: string;
  readonly weight: number;
  readonly detail: string;
}

interface Scored {
  readonly severity: Severity;
  readonly status: CheckStatus;
  readonly muted?: unknown;
}

/**
 * The score of a finding from its severity, status, mute and its resource's context factors. Passing and muted
 * findings score 0 (nothing to fix, or a decision already taken) and list no context. Weights beyond 100 % in
 * total are cut from the last factors, so the score never passes {@link MAX_SCORE}.
 */
export function composeRisk(f: Scored, context: readonly WeightedFactor[]): RiskScore {
  if (f.status === 'pass') return { score: 0, factors: [{ factor: STATUS_FACTOR, points: 0, detail: 'the check passed' }] };
  if (f.muted) return { score: 0, factors: [{ factor: STATUS_FACTOR, points: 0, detail: 'the finding is muted' }] };
  const base = SEVERITY_BASE[f.severity];
  // Context can at most double the base: a low-severity hygiene gap on an exposed host stays below the critical
  // CVE on that host, while context still reorders findings within a severity.
  const headroom = Math.min(MAX_SCORE - base, base);
  const factors: RiskFactor[] = [{ factor: SEVERITY_FACTOR, points: base, detail: `${f.severity} severity` }];
  let claimed = 0;
  for (const c of context) {
    const weight = Math.max(0, Math.min(c.weight, 100 - claimed));
    // Points from the cumulative share, so rounding never makes the sum drift from base + headroom × total weight.
    const points = Math.round(((claimed + weight) * headroom) / 100) - Math.round((claimed * headroom) / 100);
    claimed += weight;
    factors.push({ factor: c.factor, points, detail: c.detail });
  }
  const raw = factors.reduce((n, c) => n + c.points, 0);
  if (f.status === 'unknown') factors.push({ factor: UNKNOWN_FACTOR, points: -Math.ceil(raw * UNKNOWN_DISCOUNT), detail: 'the check could not decide: half the points of a failure' });
  return { score: factors.reduce((n, c) => n + c.points, 0), factors };
}
