import type { Resource } from '../../model/core/index.js';
import type { RuleContext } from '../../rules/kit/rule.js';
import type { WeightedFactor } from './base.js';

/**
 * One context factor of the risk score: given the resource a finding is about (its subject, see `subjectOf`)
 * and the scan's indexed inventory, its weight (the share of the headroom above the severity base it claims, in
 * percent) and why, or undefined when it does not apply. Pure and
 * deterministic; it may look up related resources only through the context's indexed look-ups, so a scan of a
 * million resources stays linear. Later factors (the identity graph's attack paths) join the list in `index.ts`.
 */
export type ContextFactor = (subject: Resource, ctx: RuleContext) => WeightedFactor | undefined;
