/**
 * Cross-account grants in resource policies of compute resources (Lambda functions, ECR repositories): who
 * outside the owning account a statement lets in, and whether an organization condition bounds it.
 */
import type { PolicyStatement } from '../../model/aws/policy.js';
import { accountOfPrincipal, statementCoversAction } from './aws-policy.js';
import { awsPrincipals, conditionKeys } from './aws-iam-trust.js';

/** Conditions that bind a grant to the organization (or its units), which makes another account a colleague. */
const ORG_GUARDS = ['aws:principalorgid', 'aws:principalorgpaths', 'aws:resourceorgid'];

/**
 * Accounts other than `own` that an Allow statement lets perform any of `actions`, unless an organization
 * condition bounds it. `*` is left to the public-policy rules. With `own` unknown (IaC without a literal
 * account), every literal account counts as another account, as in the IAM trust rules.
 */
export function foreignGrantees(st: PolicyStatement, own: string | undefined, actions: readonly string[]): string[] {
  if (st.Effect !== 'Allow' || !actions.some((a) => statementCoversAction(st, a))) return [];
  if (conditionKeys(st).some((k) => ORG_GUARDS.includes(k))) return [];
  const accounts = awsPrincipals(st).flatMap((p) => {
    const acct = accountOfPrincipal(p);
    return acct && acct !== own ? [acct] : [];
  });
  return [...new Set(accounts)];
}
