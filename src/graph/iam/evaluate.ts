/**
 * `evaluateRequest`: one request against its compiled policies, following AWS's documented evaluation logic
 * (reference_policies_evaluation-logic.html, ...-cross-account.html, access_policies_boundaries.html):
 *
 * 1. an explicit Deny in any applicable policy (SCP, RCP, resource, identity, boundary, session) wins;
 * 2. SCPs: every level of the principal account's path must allow (service-linked roles, AWS services and
 *    anonymous callers are exempt; pass no SCPs for the management account, which they never govern);
 * 3. RCPs: every level of the resource account's path must allow, for services RCPs support (service-linked
 *    roles are exempt; AWS service principals are not). AWS attaches RCPFullAWSAccess to every level and it
 *    cannot be detached, so a level without Allow only comes from incomplete input;
 * 4. same account: the resource policy or the identity policies may allow. A resource policy naming the user
 *    or the session (or everyone) grants on its own; naming the role grants to its sessions, but an implicit
 *    deny in the boundary or session policy still limits it; naming the account delegates to identity
 *    policies. KMS key policies and role trust policies must themselves allow: identity policies count only
 *    when the key or trust policy delegates to the account (a role whose trust policy was not supplied is
 *    judged by identity policies alone; a KMS key always has a key policy, so a missing one denies);
 * 5. identity permissions are the intersection of identity policies, the permissions boundary and the session
 *    policies; the account root user holds them all without any policy;
 * 6. cross account: the resource policy must allow (naming the principal or its account) and so must the
 *    caller's identity-based permissions. A request whose resource account is unknown counts as same-account.
 * Anonymous callers and AWS service principals have no identity side: only a resource policy can allow them.
 */
import { compilePolicy, type CompiledApplicablePolicies, type CompiledPolicy } from './compile.js';
import { applyPolicies, applyPolicy, Outcome, type PreparedRequest, type PrincipalMode } from './match.js';
import { principalInfo, type PrincipalInfo } from './principals.js';
import { RequestConditionContext, type RequestContext } from './request-context.js';
import { serviceSupportsRcps } from './iam-reference.js';
import { summaryText, type MissingGrant, type SummaryKind } from './summary.js';
import type { ApplicablePolicies, AuthorizationRequest, Decision, DecisionExplanation, StatementVerdict } from './types.js';

export type { CompiledApplicablePolicies } from './compile.js';

export function compileApplicable(p: ApplicablePolicies): CompiledApplicablePolicies {
  // Every field present (absent ones undefined): one object shape for every set keeps `decide`'s reads fast.
  return {
    identity: p.identity.map(compilePolicy),
    resource: p.resource ? compilePolicy(p.resource) : undefined,
    permissionsBoundary: p.permissionsBoundary ? compilePolicy(p.permissionsBoundary) : undefined,
    session: p.session?.map(compilePolicy),
    scps: p.scps?.map((level) => level.map(compilePolicy)),
    rcps: p.rcps?.map((level) => level.map(compilePolicy)),
  };
}

/**
 * Actions lower-cased once, each with a number that never changes meaning: the per-policy action index is
 * keyed by it (action-index.ts; requests name the same few hundred actions).
 */
interface ActionName {
  readonly lower: string;
  readonly service: string;
  readonly id: number;
}
// A prototype-less object rather than a Map: V8 looks a request's (not interned) action string up in it about
// twice as fast, and this lookup happens on every request.
let actionNames: Record<string, ActionName> = Object.create(null) as Record<string, ActionName>;
let actionNameCount = 0;
let nextActionId = 0;

function actionName(action: string): ActionName {
  let name = actionNames[action];
  if (!name) {
    const lower = action.toLowerCase();
    const colon = lower.indexOf(':');
    name = { lower, service: colon < 0 ? lower : lower.slice(0, colon), id: nextActionId++ };
    if (++actionNameCount > 20_000) {
      actionNames = Object.create(null) as Record<string, ActionName>;
      actionNameCount = 1;
    }
    actionNames[action] = name;
  }
  return name;
}

/** The prepared request is its own condition context: one object per request instead of two. */
class Prepared extends RequestConditionContext implements PreparedRequest {
  readonly lowerAction: string;
  readonly actionId: number;
  readonly service: string;
  readonly resource: string;
  readonly ctx: RequestContext = this;

  constructor(
    request: AuthorizationRequest,
    readonly principal: PrincipalInfo,
  ) {
    super(request, principal.kind);
    const action = actionName(request.action);
    this.lowerAction = action.lower;
    this.actionId = action.id;
    this.service = action.service;
    this.resource = request.resource;
  }
}

function prepare(request: AuthorizationRequest): PreparedRequest {
  const p = request.principal;
  return new Prepared(request, principalInfo(p.arn, p.account, p.roleArn));
}

/**
 * A decision whose summary and statement verdicts are worked out when first read: most callers (the graph)
 * read only the decision, and listing every statement that named the action is most of an evaluation's
 * allocations. The summary is written from the facts the decision kept (summary.ts); the verdicts come from
 * evaluating the same request against the same compiled policies again, collecting them this time, so they
 * are exactly those of the decision (requests and policies are read-only).
 */
class Explanation implements DecisionExplanation {
  readonly #request: AuthorizationRequest;
  readonly #policies: CompiledApplicablePolicies;
  // The summary's facts as fields rather than a SummaryFacts object: one allocation less per decision.
  readonly #kind: SummaryKind;
  readonly #first: StatementVerdict | undefined;
  readonly #second: StatementVerdict | undefined;
  readonly #detail: number | MissingGrant | undefined;
  #summary: string | undefined = undefined;
  #statements: readonly StatementVerdict[] | undefined = undefined;

  constructor(
    readonly decision: Decision,
    readonly decidedBy: string,
    request: AuthorizationRequest,
    policies: CompiledApplicablePolicies,
    kind: SummaryKind,
    first: StatementVerdict | undefined,
    second: StatementVerdict | undefined,
    detail: number | MissingGrant | undefined,
  ) {
    this.#request = request;
    this.#policies = policies;
    this.#kind = kind;
    this.#first = first;
    this.#second = second;
    this.#detail = detail;
  }

  get summary(): string {
    this.#summary ??= summaryText({ kind: this.#kind, first: this.#first, second: this.#second, detail: this.#detail }, this.#request, this.#policies);
    return this.#summary;
  }

  get statements(): readonly StatementVerdict[] {
    if (this.#statements === undefined) {
      const verdicts: StatementVerdict[] = [];
      decide(this.#request, this.#policies, verdicts);
      this.#statements = verdicts;
    }
    return this.#statements;
  }

  /** The same JSON as a plain explanation object. */
  toJSON(): DecisionExplanation {
    return { decision: this.decision, decidedBy: this.decidedBy, statements: this.statements, summary: this.summary };
  }
}

function result(
  request: AuthorizationRequest,
  policies: CompiledApplicablePolicies,
  verdicts: StatementVerdict[] | undefined,
  decision: Decision,
  decidedBy: string,
  kind: SummaryKind,
  first?: StatementVerdict,
  second?: StatementVerdict,
  detail?: number | MissingGrant,
): DecisionExplanation {
  return verdicts
    ? { decision, decidedBy, statements: verdicts, summary: summaryText({ kind, first, second, detail }, request, policies) }
    : new Explanation(decision, decidedBy, request, policies, kind, first, second, detail);
}

const IGNORE_PRINCIPAL: PrincipalMode = { judge: false };
const JUDGE_PRINCIPAL: PrincipalMode = { judge: true };
const JUDGE_PRINCIPAL_WITH_BOUNDARY: PrincipalMode = { judge: true, boundaryDeniesNotPrincipal: true };
const NOTHING = new Outcome();

/** What the levels of an organization path (SCPs or RCPs) say: their first Deny, and the first level none of whose policies allows (-1: none). */
class LevelsOutcome {
  deny: StatementVerdict | undefined = undefined;
  missing = -1;
}
const NO_LEVELS = new LevelsOutcome();

/**
 * The outcomes of each step, reused by every evaluation so that the hot path allocates none: `decide` runs to
 * its end without calling anything that could start another evaluation, and no outcome outlives it (a
 * decision keeps verdicts, never the outcomes holding them).
 */
const STEP = {
  level: new Outcome(),
  scps: new LevelsOutcome(),
  rcps: new LevelsOutcome(),
  resource: new Outcome(),
  identity: new Outcome(),
  boundary: new Outcome(),
  session: new Outcome(),
};
const ROOT_USER: StatementVerdict = { policy: 'root user', index: 0, effect: 'Allow', applies: true, because: 'the account root user' };

function applyLevels(levels: readonly (readonly CompiledPolicy[])[], req: PreparedRequest, verdicts: StatementVerdict[] | undefined, into: LevelsOutcome): LevelsOutcome {
  into.deny = undefined;
  into.missing = -1;
  for (let i = 0; i < levels.length; i++) {
    const level = applyPolicies(levels[i]!, req, IGNORE_PRINCIPAL, STEP.level.reset(), verdicts);
    into.deny ??= level.deny;
    if (!level.allow && into.missing < 0) into.missing = i;
  }
  return into;
}

/** Every KMS key has a key policy, so a key without one is denied; a role's trust policy decides only when supplied. */
function keyOrTrustDecides(req: PreparedRequest, policies: CompiledApplicablePolicies): boolean {
  if (req.service === 'kms') return /^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\//.test(req.resource);
  return req.service === 'sts' && policies.resource !== undefined && /^arn:aws[a-z-]*:iam::\d{12}:role\//.test(req.resource);
}

export function evaluateRequest(request: AuthorizationRequest, policies: CompiledApplicablePolicies): DecisionExplanation {
  return decide(request, policies, undefined);
}

/** The decision; with `verdicts`, every statement that named the action is listed there, in evaluation order. */
function decide(request: AuthorizationRequest, policies: CompiledApplicablePolicies, verdicts: StatementVerdict[] | undefined): DecisionExplanation {
  const req = prepare(request);
  const kind = req.principal.kind;
  // AWS: sts:GetCallerIdentity needs no permission and cannot be denied, for any signed-in caller.
  if (req.lowerAction === 'sts:getcalleridentity' && kind !== 'anonymous') return result(request, policies, verdicts, 'Allow', 'identity', 'no-permission-needed');
  const serviceCaller = kind === 'service' || request.principal.isService === true;
  const anonymous = kind === 'anonymous';
  const slr = req.principal.serviceLinked;
  // Identity-side policies and SCPs do not exist for anonymous callers and AWS services.
  const principalSide = !serviceCaller && !anonymous;

  const scps = principalSide && !slr && policies.scps ? applyLevels(policies.scps, req, verdicts, STEP.scps) : NO_LEVELS;
  // RCPs govern AWS service principals too (AWS's own RCP examples exempt them with aws:PrincipalIsAWSService).
  const rcps = !slr && policies.rcps && serviceSupportsRcps(req.service) ? applyLevels(policies.rcps, req, verdicts, STEP.rcps) : NO_LEVELS;
  const mode = policies.permissionsBoundary ? JUDGE_PRINCIPAL_WITH_BOUNDARY : JUDGE_PRINCIPAL;
  const resource = policies.resource ? applyPolicy(policies.resource, req, mode, STEP.resource.reset(), verdicts) : NOTHING;
  const identity = principalSide ? applyPolicies(policies.identity, req, IGNORE_PRINCIPAL, STEP.identity.reset(), verdicts) : NOTHING;
  const boundary = principalSide && policies.permissionsBoundary ? applyPolicy(policies.permissionsBoundary, req, IGNORE_PRINCIPAL, STEP.boundary.reset(), verdicts) : undefined;
  const session = principalSide && policies.session && policies.session.length > 0 ? applyPolicies(policies.session, req, IGNORE_PRINCIPAL, STEP.session.reset(), verdicts) : undefined;

  const deny = scps.deny ?? rcps.deny ?? resource.deny ?? identity.deny ?? boundary?.deny ?? session?.deny;
  if (deny) return result(request, policies, verdicts, 'ExplicitDeny', 'explicit-deny', 'denied', deny);
  if (scps.missing >= 0) return result(request, policies, verdicts, 'ImplicitDeny', 'scp', 'no-scp', undefined, undefined, scps.missing);
  if (rcps.missing >= 0) return result(request, policies, verdicts, 'ImplicitDeny', 'rcp', 'no-rcp', undefined, undefined, rcps.missing);

  const grants = resource;
  if (!principalSide) {
    const g = grants.wildcard ?? grants.direct;
    return g
      ? result(request, policies, verdicts, 'Allow', 'resource-policy', 'allowed', g)
      : result(request, policies, verdicts, 'ImplicitDeny', 'resource-policy', 'no-resource-statement');
  }

  // Identity-based permissions: identity policies, cut down by the boundary and the session policies.
  const boundaryAllows = boundary === undefined || boundary.allow !== undefined;
  const sessionAllows = session === undefined || session.allow !== undefined;
  const sameAccount = request.resourceAccount === undefined || request.resourceAccount === req.principal.account;
  // The root user needs no identity policy: it holds every permission of its account (SCPs still bind it), and
  // across accounts the resource policy must still let its account in.
  const rootGrant = kind === 'root' ? ROOT_USER : undefined;
  const identityGrant = boundaryAllows && sessionAllows ? (identity.allow ?? rootGrant) : undefined;
  const missing: MissingGrant = !identity.allow && !rootGrant ? 'identity' : !boundaryAllows ? 'boundary' : 'session';

  if (!sameAccount) {
    const resourceGrant = grants.wildcard ?? grants.direct ?? grants.role ?? grants.account;
    if (!resourceGrant) return result(request, policies, verdicts, 'ImplicitDeny', 'cross-account', 'cross-account-resource');
    if (!identityGrant) return result(request, policies, verdicts, 'ImplicitDeny', 'cross-account', 'cross-account-identity', undefined, undefined, missing);
    return result(request, policies, verdicts, 'Allow', 'cross-account', 'allowed-by-both', resourceGrant, identityGrant);
  }

  // A session named directly (or a user) is not limited by boundary or session policy; a role-named grant is.
  const direct = grants.wildcard ?? grants.direct;
  if (direct) return result(request, policies, verdicts, 'Allow', 'resource-policy', 'allowed', direct);
  const viaRole = grants.role;
  if (viaRole && boundaryAllows && sessionAllows) return result(request, policies, verdicts, 'Allow', 'resource-policy', 'allowed-via-role', viaRole);

  if (identityGrant && !grants.account && keyOrTrustDecides(req, policies)) {
    return result(request, policies, verdicts, 'ImplicitDeny', 'resource-policy', req.service === 'kms' ? 'key-policy' : 'trust-policy');
  }
  if (identityGrant) return result(request, policies, verdicts, 'Allow', 'identity', 'allowed', identityGrant);
  if (viaRole) return result(request, policies, verdicts, 'ImplicitDeny', missing, 'role-named-but', viaRole, undefined, missing);
  return result(request, policies, verdicts, 'ImplicitDeny', missing, 'missing', undefined, undefined, missing);
}
