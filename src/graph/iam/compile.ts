/**
 * `compilePolicy`: a policy document turned once into matchers, so that the graph can ask millions of
 * questions of the same policies. Actions are indexed by service prefix (exact names in a set, wildcards as
 * anchored case-insensitive regexes), so a request only visits the statements that can name its action;
 * resources are ARN-segment aware wildcard patterns with policy variables left as per-request slots;
 * principals are sets; conditions are compiled per operator (conditions.ts).
 *
 * A statement that cannot be compiled (an unknown condition operator) is kept with `errors` and never applies:
 * AWS rejects such a policy, so it grants and denies nothing. The errors travel with the policy for display.
 */
import type { PolicyStatement } from '../../model/aws/policy.js';
import { compileConditionBlock, type CompiledCondition } from './conditions.js';
import { compilePrincipals, type CompiledPrincipals } from './principals.js';
import { ActionIndex } from './action-index.js';
import type { NamedPolicy } from './types.js';
import { compilePattern, type CompiledPattern } from './wildcard.js';

export interface CompiledActions {
  readonly not: boolean;
  /** Lower-cased `service:action` names without wildcards. */
  readonly exact: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
  /** Service prefixes the statement can name (`*` when a pattern spans services). */
  readonly services: ReadonlySet<string>;
}

export interface CompiledStatement {
  readonly index: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly actions: CompiledActions;
  /** Absent Resource and NotResource (trust policies): every resource. */
  readonly resources?: { readonly not: boolean; readonly patterns: readonly CompiledPattern[] };
  readonly principals?: { readonly not: boolean; readonly compiled: CompiledPrincipals };
  readonly conditions: readonly CompiledCondition[];
  readonly errors: readonly string[];
}

/** Every policy that applies to one request, compiled (see evaluate.ts for the order IAM applies them in). */
export interface CompiledApplicablePolicies {
  readonly identity: readonly CompiledPolicy[];
  readonly resource?: CompiledPolicy;
  readonly permissionsBoundary?: CompiledPolicy;
  readonly session?: readonly CompiledPolicy[];
  readonly scps?: readonly (readonly CompiledPolicy[])[];
  readonly rcps?: readonly (readonly CompiledPolicy[])[];
}

export interface CompiledPolicy {
  readonly id: string;
  readonly statements: readonly CompiledStatement[];
  /** Statement indexes per service prefix, in document order; `candidates()` merges in the cross-service ones. */
  readonly byService: ReadonlyMap<string, readonly number[]>;
  readonly anyService: readonly number[];
  readonly errors: readonly string[];
  /** `candidates()` memo: merged, ordered statement indexes per service asked about. */
  readonly merged: Map<string, readonly number[]>;
  /** `statementsForAction()` memo: the statements whose Action/NotAction covers an action (bounded). */
  readonly byAction: ActionIndex;
}

function asList(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

function compileActions(st: PolicyStatement): CompiledActions {
  const not = st.Action === undefined && st.NotAction !== undefined;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  const services = new Set<string>();
  for (const raw of asList(not ? st.NotAction : st.Action)) {
    const action = raw.toLowerCase();
    const colon = action.indexOf(':');
    const service = colon < 0 ? '*' : action.slice(0, colon);
    services.add(/[*?]/.test(service) ? '*' : service);
    if (!/[*?]/.test(action)) exact.add(action);
    else patterns.push(new RegExp('^' + action.replace(/[.+^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 's'));
  }
  // NotAction can name any action that is not listed: it is a candidate for every service.
  if (not) services.add('*');
  return { not, exact, patterns, services };
}

/** Whether the statement's Action/NotAction covers the lower-cased action. */
export function actionApplies(actions: CompiledActions, lowerAction: string): boolean {
  let listed = actions.exact.has(lowerAction);
  for (let i = 0; !listed && i < actions.patterns.length; i++) listed = actions.patterns[i]!.test(lowerAction);
  return actions.not ? !listed : listed;
}

function compileStatement(st: PolicyStatement, index: number, variables: boolean): CompiledStatement {
  const errors: string[] = [];
  const resourceList = st.Resource !== undefined ? st.Resource : st.NotResource;
  const resources =
    resourceList === undefined
      ? undefined
      : { not: st.Resource === undefined, patterns: asList(resourceList).map((r) => compilePattern(r, { arnSegments: true, variables })) };
  const principalSource = st.Principal ?? st.NotPrincipal;
  const principals = principalSource === undefined ? undefined : { not: st.Principal === undefined, compiled: compilePrincipals(principalSource) };
  const compiled = st.Condition ? compileConditionBlock(st.Condition) : { conditions: [], errors: [] };
  errors.push(...compiled.errors);
  if (st.Action === undefined && st.NotAction === undefined) errors.push('statement has neither Action nor NotAction');
  // Every field present, absent ones undefined: one object shape for all statements keeps the hot path's
  // property reads monomorphic.
  return { index, sid: st.Sid, effect: st.Effect, actions: compileActions(st), resources, principals, conditions: compiled.conditions, errors };
}

export function compilePolicy(policy: NamedPolicy): CompiledPolicy {
  // Policy variables exist only in the 2012-10-17 language; older policies match `${...}` literally.
  const variables = policy.document.Version === '2012-10-17';
  const statements = policy.document.Statement.map((st, i) => compileStatement(st, i, variables));
  const byService = new Map<string, number[]>();
  const anyService: number[] = [];
  for (const st of statements) {
    if (st.errors.length > 0) continue;
    if (st.actions.services.has('*')) anyService.push(st.index);
    else for (const s of st.actions.services) byService.set(s, [...(byService.get(s) ?? []), st.index]);
  }
  const errors = statements.flatMap((s) => s.errors.map((e) => `${policy.id} statement ${s.sid ?? s.index}: ${e}`));
  return { id: policy.id, statements, byService, anyService, errors, merged: new Map(), byAction: new ActionIndex() };
}

/** The statements that can name an action of `service` (lower case), in document order. */
export function candidates(policy: CompiledPolicy, service: string): readonly number[] {
  const own = policy.byService.get(service);
  if (!own) return policy.anyService;
  if (policy.anyService.length === 0) return own;
  let merged = policy.merged.get(service);
  if (!merged) {
    merged = [...own, ...policy.anyService].sort((a, b) => a - b);
    policy.merged.set(service, merged);
  }
  return merged;
}

/**
 * The statements whose Action/NotAction covers `lowerAction`, in document order. The graph asks the same few
 * hundred actions of each policy again and again, so the answer is kept per policy (at most 512 actions),
 * keyed by `actionId`, a number the caller keeps for `lowerAction` for the life of the process.
 */
export function statementsForAction(policy: CompiledPolicy, service: string, lowerAction: string, actionId: number): readonly number[] {
  let hits = policy.byAction.get(actionId);
  if (!hits) {
    hits = sharedHitList(candidates(policy, service).filter((i) => actionApplies(policy.statements[i]!.actions, lowerAction)));
    policy.byAction.set(actionId, hits);
  }
  return hits;
}

/**
 * Hit lists are few distinct short runs of statement numbers (`[]`, `[0]`, `[0, 2]`...) repeated across
 * thousands of (policy, action) pairs: one shared copy of each keeps the action indexes small enough to stay
 * in the CPU caches, which is what the hot path is bound by.
 */
const hitLists = new Map<string, readonly number[]>();

function sharedHitList(hits: number[]): readonly number[] {
  const key = hits.join(',');
  let shared = hitLists.get(key);
  if (!shared) {
    if (hitLists.size >= 4096) hitLists.clear();
    hitLists.set(key, (shared = hits));
  }
  return shared;
}
