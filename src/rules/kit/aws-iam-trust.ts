import { asList, type PolicyStatement } from '../../model/aws/policy.js';
import { statementCoversAction } from './aws-policy.js';

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'];

/** Whether an Allow statement of a trust policy lets its principal assume the role by any of the STS paths. */
export function allowsAssume(st: PolicyStatement): boolean {
  return st.Effect === 'Allow' && ASSUME_ACTIONS.some((a) => statementCoversAction(st, a));
}

/** Condition keys present in a statement, lower-cased, across every operator. */
export function conditionKeys(st: PolicyStatement): string[] {
  return Object.values(st.Condition ?? {}).flatMap((block) => Object.keys(block).map((k) => k.toLowerCase()));
}

/** Values a condition key is compared with (any operator), as strings. */
export function conditionValues(st: PolicyStatement, key: string): string[] {
  const want = key.toLowerCase();
  return Object.values(st.Condition ?? {}).flatMap((block) =>
    Object.entries(block)
      .filter(([k]) => k.toLowerCase() === want)
      .flatMap(([, v]) => (Array.isArray(v) ? v : [v]).map((x) => String(x))),
  );
}

/** AWS principals (account ids, root or IAM ARNs) a statement names; `*` is excluded (another rule judges it). */
export function awsPrincipals(st: PolicyStatement): string[] {
  const p = st.Principal;
  if (p === undefined || p === '*') return [];
  return asList(p['AWS']).filter((v) => v !== '*');
}

/** OIDC identity providers a statement trusts: the provider host/path from each `oidc-provider/...` ARN. */
export function oidcProviders(st: PolicyStatement): string[] {
  const p = st.Principal;
  if (p === undefined || p === '*') return [];
  return asList(p['Federated']).flatMap((f) => {
    const m = /:oidc-provider\/(.+)$/.exec(f);
    return m ? [m[1] as string] : [];
  });
}
