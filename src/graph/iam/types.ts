/**
 * The contract of cloudwarden's own AWS IAM policy evaluator (issue 5). It decides one request against the
 * policies that apply to it, the way AWS documents the evaluation logic
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html), and explains
 * the decision: which statements allowed or denied it, and why the others did not apply.
 *
 * Policies arrive as the model holds them (`PolicyDocument`, src/model/aws/policy.ts) and are compiled once
 * into indexed matchers (`compilePolicy`), so the graph can ask millions of questions of the same policies.
 */
import type { PolicyDocument } from '../../model/aws/policy.js';

/** Who asks. */
export interface RequestPrincipal {
  /** `arn:aws:iam::123456789012:user/alice`, `...:role/r`, an assumed-role session ARN, `...:root`, a service (`lambda.amazonaws.com`) or `*` (anonymous). */
  readonly arn: string;
  readonly account?: string;
  /** For sessions: the role ARN the session belongs to (resource policies may name either). */
  readonly roleArn?: string;
  /** Principal tags (aws:PrincipalTag/...). */
  readonly tags?: Readonly<Record<string, string>>;
  /** The organization (aws:PrincipalOrgID) and OU path (aws:PrincipalOrgPaths) of the principal's account. */
  readonly orgId?: string;
  readonly orgPaths?: readonly string[];
  readonly isService?: boolean;
}

/** One request: principal, action, resource, and the request context (condition keys) as AWS would supply it. */
export interface AuthorizationRequest {
  readonly principal: RequestPrincipal;
  /** `service:Action`, case as documented (matched case-insensitively). */
  readonly action: string;
  /** Resource ARN (`*` for actions without resource types). */
  readonly resource: string;
  /** The resource's account, when known (decides same-account vs cross-account). */
  readonly resourceAccount?: string;
  /** Condition context: key (case-insensitive) to a string or a list of strings. Missing keys are absent, not empty. */
  readonly context?: Readonly<Record<string, string | readonly string[]>>;
}

/** The policies that apply to one request, by their place in the evaluation logic. */
export interface ApplicablePolicies {
  /** Identity-based: inline and managed policies of the user/role, and of the user's groups. */
  readonly identity: readonly NamedPolicy[];
  /** The resource's policy (bucket, key, queue, role trust policy for sts:AssumeRole...). */
  readonly resource?: NamedPolicy;
  readonly permissionsBoundary?: NamedPolicy;
  /** Session policies passed at AssumeRole/GetFederationToken. */
  readonly session?: readonly NamedPolicy[];
  /** SCPs per level of the principal account's OU path, root first: each level must allow. */
  readonly scps?: readonly (readonly NamedPolicy[])[];
  /** RCPs per level of the resource account's OU path, root first. */
  readonly rcps?: readonly (readonly NamedPolicy[])[];
}

export interface NamedPolicy {
  /** Where it came from, for explanations: a policy ARN, `inline:role/name/policyName`, `bucket-policy:name`. */
  readonly id: string;
  readonly document: PolicyDocument;
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Why: each statement that matched (or nearly did), in evaluation order. */
export interface DecisionExplanation {
  readonly decision: Decision;
  /** The evaluation step that decided it: `explicit-deny`, `scp`, `rcp`, `resource-policy`, `identity`, `boundary`, `session`, `cross-account`. */
  readonly decidedBy: string;
  readonly statements: readonly StatementVerdict[];
  /** One sentence a person reads: "denied by SCP p-123 statement DenyLeave (Action organizations:LeaveOrganization)". */
  readonly summary: string;
}

export interface StatementVerdict {
  readonly policy: string;
  readonly sid?: string;
  readonly index: number;
  readonly effect: 'Allow' | 'Deny';
  /** Whether the statement applies to the request. */
  readonly applies: boolean;
  /** Which part decided: `action`, `resource`, `principal`, `condition:<Operator> <key>`. */
  readonly because: string;
}
