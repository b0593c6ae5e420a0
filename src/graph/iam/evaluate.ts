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
import { compilePolicy, type CompiledPolicy } from './compile.js';
import { applyPolicies, Outcome, type PreparedRequest, type PrincipalMode } from './match.js';
import { principalInfo, type PrincipalInfo } from './principals.js';
import { buildRequestContext } from './request-context.js';
import { serviceSupportsRcps } from './iam-reference.js';
import type { ApplicablePolicies, AuthorizationRequest, Decision, DecisionExplanation, StatementVerdict } from './types.js';

export interface CompiledApplicablePolicies {
  readonly identity: readonly CompiledPolicy[];
  readonly resource?: CompiledPolicy;
  readonly permissionsBoundary?: CompiledPolicy;
  readonly session?: readonly CompiledPolicy[];
  readonly scps?: readonly (readonly CompiledPolicy[])[];
  readonly rcps?: readonly (readonly CompiledPolicy[])[];
}

export function compileApplicable(p: ApplicablePolicies): CompiledApplicablePolicies {
  return {
    identity: p.identity.map(compilePolicy),
    ...(p.resource ? { resource: compilePolicy(p.resource) } : {}),
    ...(p.permissionsBoundary ? { permissionsBoundary: compilePolicy(p.permissionsBoundary) } : {}),
    ...(p.session ? { session: p.session.map(compilePolicy) } : {}),
    ...(p.scps ? { scps: p.scps.map((level) => level.map(compilePolicy)) } : {}),
    ...(p.rcps ? { rcps: p.rcps.map((level) => level.map(compilePolicy)) } : {}),
  };
}

/**
 * Actions lower-cased once, each with a number that never changes meaning: the per-policy action index is
 * keyed by it (a number hashes for free; requests name the same few hundred actions).
 */
interface ActionName {
  readonly lower: string;
  readonly service: string;
  readonly id: number;
}
const actionNames = new Map<string, ActionName>();
let nextActionId = 0;

function actionName(action: string): ActionName {
  let name = actionNames.get(action);
  if (!name) {
    const lower = action.toLowerCase();
    const colon = lower.indexOf(':');
    name = { lower, service: colon < 0 ? lower : lower.slice(0, colon), id: nextActionId++ };
    if (actionNames.size >= 20_000) actionNames.clear();
    actionNames.set(action, name);
  }
  return name;
}

/** Principal objects are read-only and reused across questions: classify each object once. */
const classified = new WeakMap<object, PrincipalInfo>();

function prepare(request: AuthorizationRequest): PreparedRequest {
  const action = actionName(request.action);
  const p = request.principal;
  let principal = classified.get(p);
  if (!principal) classified.set(p, (principal = principalInfo(p.arn, p.account, p.roleArn)));
  return {
    lowerAction: action.lower,
    actionId: action.id,
    service: action.service,
    resource: request.resource,
    principal,
    ctx: buildRequestContext(request, principal.kind),
  };
}

function describe(v: StatementVerdict): string {
  return `${v.policy} statement ${v.sid ?? `#${v.index}`}`;
}

function result(decision: Decision, decidedBy: string, statements: StatementVerdict[], summary: string): DecisionExplanation {
  return { decision, decidedBy, statements, summary };
}

const IGNORE_PRINCIPAL: PrincipalMode = { judge: false };
const JUDGE_PRINCIPAL: PrincipalMode = { judge: true };
const JUDGE_PRINCIPAL_WITH_BOUNDARY: PrincipalMode = { judge: true, boundaryDeniesNotPrincipal: true };
const NOTHING = new Outcome();
const ROOT_USER: StatementVerdict = { policy: 'root user', index: 0, effect: 'Allow', applies: true, because: 'the account root user' };

/** The index of the first organization level none of whose policies allows, or -1. */
function levelWithoutAllow(levels: readonly Outcome[]): number {
  for (let i = 0; i < levels.length; i++) if (!levels[i]!.allow) return i;
  return -1;
}

/** Which identity-side step withheld the permission. */
type MissingGrant = 'identity' | 'boundary' | 'session';

function whyNot(missing: MissingGrant, request: AuthorizationRequest, policies: CompiledApplicablePolicies): string {
  if (missing === 'identity') return `no identity-based policy allows ${request.action} on ${request.resource}`;
  if (missing === 'boundary') return `the permissions boundary ${policies.permissionsBoundary!.id} does not allow ${request.action}`;
  return `no session policy allows ${request.action}`;
}

function applyLevels(levels: readonly (readonly CompiledPolicy[])[], req: PreparedRequest, verdicts: StatementVerdict[]): Outcome[] {
  const out: Outcome[] = [];
  for (const level of levels) out.push(applyPolicies(level, req, IGNORE_PRINCIPAL, verdicts));
  return out;
}

function firstDenyOf(levels: readonly Outcome[]): StatementVerdict | undefined {
  for (const o of levels) if (o.deny) return o.deny;
  return undefined;
}

export function evaluateRequest(request: AuthorizationRequest, policies: CompiledApplicablePolicies): DecisionExplanation {
  const req = prepare(request);
  const kind = req.principal.kind;
  // AWS: sts:GetCallerIdentity needs no permission and cannot be denied, for any signed-in caller.
  if (req.lowerAction === 'sts:getcalleridentity' && kind !== 'anonymous') return result('Allow', 'identity', [], 'sts:GetCallerIdentity needs no permission');
  const verdicts: StatementVerdict[] = [];
  const serviceCaller = kind === 'service' || request.principal.isService === true;
  const anonymous = kind === 'anonymous';
  const slr = req.principal.serviceLinked;
  // Identity-side policies and SCPs do not exist for anonymous callers and AWS services.
  const principalSide = !serviceCaller && !anonymous;

  const scpLevels = principalSide && !slr && policies.scps ? applyLevels(policies.scps, req, verdicts) : [];
  // RCPs govern AWS service principals too (AWS's own RCP examples exempt them with aws:PrincipalIsAWSService).
  const rcpLevels = !slr && policies.rcps && serviceSupportsRcps(req.service) ? applyLevels(policies.rcps, req, verdicts) : [];
  const mode = policies.permissionsBoundary ? JUDGE_PRINCIPAL_WITH_BOUNDARY : JUDGE_PRINCIPAL;
  const resource = policies.resource ? applyPolicies([policies.resource], req, mode, verdicts) : NOTHING;
  const identity = principalSide ? applyPolicies(policies.identity, req, IGNORE_PRINCIPAL, verdicts) : NOTHING;
  const boundary = principalSide && policies.permissionsBoundary ? applyPolicies([policies.permissionsBoundary], req, IGNORE_PRINCIPAL, verdicts) : undefined;
  const session = principalSide && policies.session && policies.session.length > 0 ? applyPolicies(policies.session, req, IGNORE_PRINCIPAL, verdicts) : undefined;

  const deny = firstDenyOf(scpLevels) ?? firstDenyOf(rcpLevels) ?? resource.deny ?? identity.deny ?? boundary?.deny ?? session?.deny;
  if (deny) return result('ExplicitDeny', 'explicit-deny', verdicts, `denied by ${describe(deny)} (explicit Deny)`);
  const missingScp = levelWithoutAllow(scpLevels);
  if (missingScp >= 0) return result('ImplicitDeny', 'scp', verdicts, `no SCP at level ${missingScp} of the principal's organization path allows ${request.action}`);
  const missingRcp = levelWithoutAllow(rcpLevels);
  if (missingRcp >= 0) return result('ImplicitDeny', 'rcp', verdicts, `no RCP at level ${missingRcp} of the resource's organization path allows ${request.action}`);

  const grants = resource;
  if (!principalSide) {
    const g = grants.wildcard ?? grants.direct;
    return g
      ? result('Allow', 'resource-policy', verdicts, `allowed by ${describe(g)}`)
      : result('ImplicitDeny', 'resource-policy', verdicts, `no resource policy statement allows ${request.principal.arn} ${request.action}`);
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
    if (!resourceGrant) return result('ImplicitDeny', 'cross-account', verdicts, `cross-account: the resource policy of account ${request.resourceAccount} does not allow ${request.principal.arn}`);
    if (!identityGrant) return result('ImplicitDeny', 'cross-account', verdicts, `cross-account: ${whyNot(missing, request, policies)}`);
    return result('Allow', 'cross-account', verdicts, `allowed by ${describe(resourceGrant)} and ${describe(identityGrant)}`);
  }

  // A session named directly (or a user) is not limited by boundary or session policy; a role-named grant is.
  const direct = grants.wildcard ?? grants.direct;
  if (direct) return result('Allow', 'resource-policy', verdicts, `allowed by ${describe(direct)}`);
  const viaRole = grants.role;
  if (viaRole && boundaryAllows && sessionAllows) return result('Allow', 'resource-policy', verdicts, `allowed by ${describe(viaRole)} (names the role)`);

  // Every KMS key has a key policy, so a key without one is denied; a role's trust policy decides only when supplied.
  const keyOrTrust =
    (req.service === 'kms' && /^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\//.test(request.resource)) ||
    (req.service === 'sts' && policies.resource !== undefined && /^arn:aws[a-z-]*:iam::\d{12}:role\//.test(request.resource));
  if (identityGrant && keyOrTrust && !grants.account) {
    const what = req.service === 'kms' ? 'key policy' : 'role trust policy';
    return result('ImplicitDeny', 'resource-policy', verdicts, `the ${what} neither allows ${request.principal.arn} nor delegates to its account`);
  }
  if (identityGrant) return result('Allow', 'identity', verdicts, `allowed by ${describe(identityGrant)}`);
  const why = whyNot(missing, request, policies);
  if (viaRole) return result('ImplicitDeny', missing, verdicts, `${describe(viaRole)} names the role, but ${why}`);
  return result('ImplicitDeny', missing, verdicts, why);
}
