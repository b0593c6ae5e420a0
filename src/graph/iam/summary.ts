/**
 * The one sentence of a decision (`DecisionExplanation.summary`), kept as the facts it is made of and
 * written out when first read: most decisions the graph asks for are denials nobody reads the sentence of,
 * and writing it is a good part of an evaluation's allocations.
 */
import type { CompiledApplicablePolicies } from './compile.js';
import type { AuthorizationRequest, StatementVerdict } from './types.js';

/** Which identity-side step withheld the permission. */
export type MissingGrant = 'identity' | 'boundary' | 'session';

/** Which sentence; `first`, `second` and `detail` below fill it in. */
export type SummaryKind =
  | 'no-permission-needed'
  | 'denied'
  | 'no-scp'
  | 'no-rcp'
  | 'allowed'
  | 'allowed-via-role'
  | 'allowed-by-both'
  | 'no-resource-statement'
  | 'cross-account-resource'
  | 'cross-account-identity'
  | 'key-policy'
  | 'trust-policy'
  | 'role-named-but'
  | 'missing';

export interface SummaryFacts {
  readonly kind: SummaryKind;
  /** The statement the sentence names (and the second one, for `allowed-by-both`). */
  readonly first: StatementVerdict | undefined;
  readonly second: StatementVerdict | undefined;
  /** The organization level (`no-scp`, `no-rcp`) or the missing grant (`cross-account-identity`, `role-named-but`, `missing`). */
  readonly detail: number | MissingGrant | undefined;
}

function describe(v: StatementVerdict): string {
  return `${v.policy} statement ${v.sid ?? `#${v.index}`}`;
}

function whyNot(missing: MissingGrant, request: AuthorizationRequest, policies: CompiledApplicablePolicies): string {
  if (missing === 'identity') return `no identity-based policy allows ${request.action} on ${request.resource}`;
  if (missing === 'boundary') return `the permissions boundary ${policies.permissionsBoundary!.id} does not allow ${request.action}`;
  return `no session policy allows ${request.action}`;
}

export function summaryText(f: SummaryFacts, request: AuthorizationRequest, policies: CompiledApplicablePolicies): string {
  const missing = f.detail as MissingGrant;
  switch (f.kind) {
    case 'no-permission-needed': return 'sts:GetCallerIdentity needs no permission';
    case 'denied': return `denied by ${describe(f.first!)} (explicit Deny)`;
    case 'no-scp': return `no SCP at level ${f.detail} of the principal's organization path allows ${request.action}`;
    case 'no-rcp': return `no RCP at level ${f.detail} of the resource's organization path allows ${request.action}`;
    case 'allowed': return `allowed by ${describe(f.first!)}`;
    case 'allowed-via-role': return `allowed by ${describe(f.first!)} (names the role)`;
    case 'allowed-by-both': return `allowed by ${describe(f.first!)} and ${describe(f.second!)}`;
    case 'no-resource-statement': return `no resource policy statement allows ${request.principal.arn} ${request.action}`;
    case 'cross-account-resource': return `cross-account: the resource policy of account ${request.resourceAccount} does not allow ${request.principal.arn}`;
    case 'cross-account-identity': return `cross-account: ${whyNot(missing, request, policies)}`;
    case 'key-policy': return `the key policy neither allows ${request.principal.arn} nor delegates to its account`;
    case 'trust-policy': return `the role trust policy neither allows ${request.principal.arn} nor delegates to its account`;
    case 'role-named-but': return `${describe(f.first!)} names the role, but ${whyNot(missing, request, policies)}`;
    case 'missing': return whyNot(missing, request, policies);
  }
}
