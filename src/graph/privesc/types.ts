/**
 * Privilege-escalation techniques as data plus a check each. A technique names the permissions it needs and,
 * given a principal, finds every concrete use of it: which resource the principal would act on and what it
 * gains. Every permission is decided by the evaluator (through `PrivescEnv.allowed`), so resource patterns,
 * conditions, explicit denies and permissions boundaries decide whether a use exists.
 */
import type { Resource } from '../../model/core/index.js';
import type { AccessDecision, TargetOptions } from '../access.js';
import type { BuildContext } from '../build-context.js';

/** What an escalation gives the principal. */
export type Gain =
  /** Administrator of the account (it can grant itself `*:*`). */
  | { readonly kind: 'admin' }
  /** The permissions of another principal (a role it runs code as, a user whose credentials it mints, a group it joins). */
  | { readonly kind: 'principal'; readonly target: Resource };

/** One concrete use of a technique by one principal. */
export interface Escalation {
  readonly technique: string;
  readonly principal: Resource;
  readonly gain: Gain;
  /** `proven`: every permission is allowed. `possible`: allowed, but what it yields is not in the scan (older policy versions). */
  readonly certainty: 'proven' | 'possible';
  /** The permissions used, each with the evaluator's summary, then any precondition the model showed. */
  readonly steps: readonly string[];
}

export interface Technique {
  /** Kebab-case id; the finding's rule id is `aws-iam-privesc-<id>`. */
  readonly id: string;
  readonly title: string;
  /** The permissions (and preconditions) a principal needs, as a reader would list them. */
  readonly requires: readonly string[];
  readonly description: string;
  find(principal: Resource, env: PrivescEnv): readonly Escalation[];
}

/** What checks ask: permissions through the evaluator, and the scan's resources. */
export interface PrivescEnv {
  readonly ctx: BuildContext;
  allowed(principal: Resource, action: string, resource: string, target?: TargetOptions): AccessDecision;
  /** Roles `principal` can already assume (trust and identity both allow). */
  assumable(principal: Resource): readonly Resource[];
  /** Roles whose trust policy lets `service` assume them. */
  rolesTrusting(service: string): readonly Resource[];
}

/** Accumulates the steps of a check and stops at the first permission that is not allowed. */
export function requireAll(env: PrivescEnv, principal: Resource, asks: readonly (readonly [string, string, TargetOptions?])[]): string[] | undefined {
  const steps: string[] = [];
  for (const [action, resource, target] of asks) {
    const d = env.allowed(principal, action, resource, target);
    if (d.status !== 'allow') return undefined;
    steps.push(`${action} on ${resource}: ${d.explanation.summary}`);
  }
  return steps;
}
