/**
 * The one door through which the graph asks IAM questions: `canDo(principal, action, resource)` gathers the
 * policies that apply from the model and hands the request to the policy evaluator (src/graph/iam/). Every
 * edge and escalation the graph draws comes from a decision made here, with the evaluator's explanation.
 *
 * Unknown is a status: when the scan lacks a policy that applies (an attached policy it could not read, a group
 * it did not list), a deny could have been an allow, so such decisions come back `unknown`. An allow stays an
 * allow even then: a missing policy could hold an explicit deny, and the decision says so in `incomplete`.
 */
import type { Resource } from '../model/core/index.js';
import type { PolicyDocument } from '../model/aws/policy.js';
import { candidates, compilePolicy, type CompiledPolicy } from './iam/compile.js';
import { evaluateRequest, type CompiledApplicablePolicies } from './iam/evaluate.js';
import type { AuthorizationRequest, DecisionExplanation, NamedPolicy } from './iam/types.js';
import { PolicyIndex } from './policies.js';
import { ScpIndex } from './scps.js';

/** The evaluator's entry point, injected so tests and benches can count or replace it. */
export type Evaluate = (request: AuthorizationRequest, policies: CompiledApplicablePolicies) => DecisionExplanation;

export type AccessStatus = 'allow' | 'deny' | 'unknown';

export interface AccessDecision {
  readonly status: AccessStatus;
  readonly explanation: DecisionExplanation;
  /** Policies that apply but were not in the scan (set when the decision might change with them). */
  readonly incomplete?: readonly string[];
}

/** What the request targets, beyond its ARN. */
export interface TargetOptions {
  readonly resourcePolicy?: NamedPolicy;
  readonly resourceAccount?: string;
  readonly context?: AuthorizationRequest['context'];
}

/** The ARN of an IAM principal: its uid when live, built from its name and account for IaC. */
export function principalArn(r: Resource): string {
  if (r.uid.startsWith('arn:')) return r.uid;
  const kind = r.type === 'aws.iam.user' ? 'user' : r.type === 'aws.iam.group' ? 'group' : 'role';
  return `arn:aws:iam::${r.account ?? '000000000000'}:${kind}/${r.name}`;
}

/** The account of an ARN (`arn:aws:iam::123456789012:role/x`), if it names one. */
export function accountOf(arn: string): string | undefined {
  const m = /^arn:aws[a-z-]*:[^:]*:[^:]*:(\d{12}):/.exec(arn);
  return m ? m[1] : undefined;
}

const OUTSIDER_GRANTS: NamedPolicy = { id: 'assumed:outside-account-grants-everything', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };

/** Identity-side access questions over one scan's principals. */
export class AccessModel {
  readonly policies: PolicyIndex;
  readonly scps: ScpIndex;
  private evaluations = 0;
  // Each policy is compiled once however many requests it decides (a trust policy, a role's inline policy).
  private readonly compiled = new WeakMap<NamedPolicy, CompiledPolicy>();

  constructor(resources: Iterable<Resource>, private readonly evaluate: Evaluate = evaluateRequest) {
    const list = [...resources];
    this.policies = new PolicyIndex(list);
    this.scps = new ScpIndex(list);
  }

  private compile(p: NamedPolicy): CompiledPolicy {
    let c = this.compiled.get(p);
    if (!c) this.compiled.set(p, (c = compilePolicy(p)));
    return c;
  }

  /** How many requests went to the evaluator (benches and tests). */
  get evaluationCount(): number {
    return this.evaluations;
  }

  /** Whether `principal` (a user or role) may perform `action` on `resource` (an ARN). */
  canDo(principal: Resource, action: string, resource: string, target: TargetOptions = {}): AccessDecision {
    const own = this.policies.of(principal);
    // Without a resource policy only identity policies can allow: when none of them has a statement that can
    // name the action's service, the answer is an implicit deny, and the evaluator need not be asked.
    if (!target.resourcePolicy && own.missing.length === 0 && !this.mayAllow(principal, action)) {
      return { status: 'deny', explanation: { decision: 'ImplicitDeny', decidedBy: 'identity', statements: [], summary: `no identity policy of ${principal.name} has a statement that can allow ${action}` } };
    }
    const policies: CompiledApplicablePolicies = {
      identity: own.identity.map((p) => this.compile(p)),
      ...(target.resourcePolicy ? { resource: this.compile(target.resourcePolicy) } : {}),
      ...(own.permissionsBoundary ? { permissionsBoundary: this.compile(own.permissionsBoundary) } : {}),
      ...this.scpsOf(principal.account),
    };
    const arn = principalArn(principal);
    const account = principal.account ?? accountOf(arn);
    const request: AuthorizationRequest = {
      principal: { arn, ...(account ? { account } : {}), ...(tagsOf(principal) ? { tags: tagsOf(principal)! } : {}) },
      action,
      resource,
      resourceAccount: target.resourceAccount ?? accountOf(resource) ?? account,
      ...(target.context ? { context: target.context } : {}),
    };
    return this.decide(request, policies, own.missing);
  }

  /**
   * A principal outside the scan (another account's root, standing for whatever its administrators grant):
   * its identity side is taken as allowing everything, so only the resource policy decides.
   */
  canOutsiderDo(principalArnOrAccount: string, action: string, resource: string, target: TargetOptions): AccessDecision {
    const arn = /^\d{12}$/.test(principalArnOrAccount) ? `arn:aws:iam::${principalArnOrAccount}:root` : principalArnOrAccount;
    const account = accountOf(arn);
    const policies: CompiledApplicablePolicies = {
      identity: [this.compile(OUTSIDER_GRANTS)],
      ...(target.resourcePolicy ? { resource: this.compile(target.resourcePolicy) } : {}),
    };
    const request: AuthorizationRequest = {
      principal: { arn, ...(account ? { account } : {}) },
      action,
      resource,
      ...(target.resourceAccount ? { resourceAccount: target.resourceAccount } : {}),
      ...(target.context ? { context: target.context } : {}),
    };
    return this.decide(request, policies, []);
  }

  private scpsOf(account: string | undefined): { scps?: CompiledApplicablePolicies['scps'] } {
    const levels = this.scps.levels(account);
    return levels ? { scps: levels.map((l) => l.map((p) => this.compile(p))) } : {};
  }

  /** Whether any identity policy of the principal has an Allow that can name the action's service. */
  mayAllow(principal: Resource, action: string): boolean {
    const colon = action.indexOf(':');
    const service = (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
    return this.policies.of(principal).identity.some((p) => {
      const c = this.compile(p);
      return c.anyService.length > 0 || candidates(c, service).length > 0;
    });
  }

  private decide(request: AuthorizationRequest, policies: CompiledApplicablePolicies, missing: readonly string[]): AccessDecision {
    this.evaluations++;
    const explanation = this.evaluate(request, policies);
    if (explanation.decision === 'Allow') return missing.length > 0 ? { status: 'allow', explanation, incomplete: missing } : { status: 'allow', explanation };
    if (explanation.decision === 'ExplicitDeny' || missing.length === 0) return { status: 'deny', explanation };
    return { status: 'unknown', explanation, incomplete: missing };
  }
}

function tagsOf(r: Resource): Readonly<Record<string, string>> | undefined {
  return r.tags.kind !== 'unresolvable' && r.tags.value && Object.keys(r.tags.value).length > 0 ? r.tags.value : undefined;
}

/** A resource policy as the evaluator takes it, or undefined when there is none. */
export function resourcePolicy(id: string, doc: PolicyDocument | null | undefined): NamedPolicy | undefined {
  return doc ? { id, document: doc } : undefined;
}
