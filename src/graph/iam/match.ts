/**
 * One compiled statement against one prepared request: action, then resource, then principal, then each
 * condition, stopping at the first part that does not fit (that part is the verdict's `because`).
 */
import { statementsForAction, type CompiledPolicy, type CompiledStatement } from './compile.js';
import type { PrincipalInfo, PrincipalMatch } from './principals.js';
import type { RequestContext } from './request-context.js';
import type { StatementVerdict } from './types.js';

/** The request, prepared once for every policy it meets. */
export interface PreparedRequest {
  readonly lowerAction: string;
  /** A number standing for `lowerAction` for the life of the process (keys the per-policy action index). */
  readonly actionId: number;
  readonly service: string;
  readonly resource: string;
  readonly principal: PrincipalInfo;
  readonly ctx: RequestContext;
}

/** How principals are judged: not at all (identity, boundary, session, SCP, RCP) or by the Principal element. */
export interface PrincipalMode {
  readonly judge: boolean;
  /**
   * AWS: a Deny with NotPrincipal in a resource policy always applies to a principal that has a permissions
   * boundary, whatever NotPrincipal lists (reference_policies_elements_notprincipal.html).
   */
  readonly boundaryDeniesNotPrincipal?: boolean;
}

/**
 * What a set of policies says about the request: its first applying Deny and Allow, and for resource policies
 * the first applying Allow per way the principal was named. (A class with every field set from the start
 * keeps one object shape on the hot path.)
 */
export class Outcome {
  deny: StatementVerdict | undefined = undefined;
  allow: StatementVerdict | undefined = undefined;
  wildcard: StatementVerdict | undefined = undefined;
  direct: StatementVerdict | undefined = undefined;
  role: StatementVerdict | undefined = undefined;
  account: StatementVerdict | undefined = undefined;

  reset(): this {
    this.deny = this.allow = this.wildcard = this.direct = this.role = this.account = undefined;
    return this;
  }
}

function principalFit(st: CompiledStatement, req: PreparedRequest, mode: PrincipalMode): PrincipalMatch {
  if (!mode.judge || !st.principals) return mode.judge ? 'none' : 'direct';
  const m = st.principals.compiled.match(req.principal);
  if (!st.principals.not) return m;
  if (st.effect === 'Deny' && mode.boundaryDeniesNotPrincipal) return 'direct';
  return m === 'none' ? 'direct' : 'none';
}

/**
 * A pattern whose policy variable the request lacks matches nothing. Under NotResource it makes the whole
 * statement inapplicable: AWS warns that an unresolvable variable can invalidate the statement
 * (reference_policies_variables.html), and a statement must never widen because a key is missing.
 */
function resourceFits(st: CompiledStatement, req: PreparedRequest): boolean {
  if (!st.resources) return true;
  const patterns = st.resources.patterns;
  let listed = false;
  for (let i = 0; !listed && i < patterns.length; i++) listed = patterns[i]!.matches(req.resource, req.ctx);
  if (!st.resources.not) return listed;
  if (listed) return false;
  for (const p of st.resources.patterns) if (p.hasVariables && !p.resolvable(req.ctx)) return false;
  return true;
}

/**
 * Every statement of `policy` that names the action goes to `out` (when given) with whether it applies, and
 * the applying ones into `outcome` (which accumulates over the policies of one step). Statements whose action
 * does not fit are left out of the explanation: there are too many of them to be useful.
 */
export function applyPolicy(policy: CompiledPolicy, req: PreparedRequest, mode: PrincipalMode, outcome: Outcome, out: StatementVerdict[] | undefined): Outcome {
  const hits = statementsForAction(policy, req.service, req.lowerAction, req.actionId);
  for (let h = 0; h < hits.length; h++) {
    const st = policy.statements[hits[h]!]!;
    let because = 'matched';
    let principalMatch: PrincipalMatch = 'none';
    if (!resourceFits(st, req)) because = 'resource';
    else if ((principalMatch = principalFit(st, req, mode)) === 'none') because = 'principal';
    else {
      const conditions = st.conditions;
      for (let c = 0; c < conditions.length; c++) {
        if (!conditions[c]!.test(req.ctx)) {
          because = conditions[c]!.because;
          break;
        }
      }
    }
    const applies = because === 'matched';
    // Without a list to fill, only applying statements need a verdict (the outcome refers to them).
    if (!applies && out === undefined) continue;
    const verdict: StatementVerdict = { policy: policy.id, sid: st.sid, index: st.index, effect: st.effect, applies, because };
    out?.push(verdict);
    if (!applies) continue;
    if (st.effect === 'Deny') outcome.deny ??= verdict;
    else {
      outcome.allow ??= verdict;
      if (principalMatch === 'wildcard') outcome.wildcard ??= verdict;
      else if (principalMatch === 'direct') outcome.direct ??= verdict;
      else if (principalMatch === 'role') outcome.role ??= verdict;
      else if (principalMatch === 'account') outcome.account ??= verdict;
    }
  }
  return outcome;
}

/** `applyPolicy` over the policies of one step, in order, into one outcome. */
export function applyPolicies(policies: readonly CompiledPolicy[], req: PreparedRequest, mode: PrincipalMode, outcome: Outcome, out: StatementVerdict[] | undefined): Outcome {
  for (let p = 0; p < policies.length; p++) applyPolicy(policies[p]!, req, mode, outcome, out);
  return outcome;
}
