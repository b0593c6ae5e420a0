/** RBAC helpers shared by the Kubernetes rules (underscore: not a rule file). */
import { isKnown } from '../../model/core/index.js';
import type { K8sRoleProperties } from '../../model/k8s/index.js';
import { at, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome } from './rule.js';

/** One outcome per RBAC rule granting the `*` verb, or a single pass. */
export function wildcardVerbOutcomes(props: K8sRoleProperties, what: string): Outcome | Outcome[] {
  const rules = props.rules;
  if (!isKnown(rules)) return unknown(`rules could not be determined: ${rules.reason ?? 'unresolvable'}`, evidence('rules', rules));
  const wild = rules.value.map((r, i) => ({ r, i })).filter(({ r }) => r.verbs.includes('*'));
  if (wild.length === 0) return pass(`The ${what} grants no wildcard verb`, evidence('rules', rules));
  return wild.map(({ r, i }) => {
    const on = r.resources.length > 0 ? r.resources.join(', ') : r.nonResourceURLs.join(', ');
    const v = { kind: 'explicit' as const, value: r.verbs, source: r.source };
    return at(fail(`rules[${i}] allows every verb on ${on || 'nothing'} (apiGroups: ${r.apiGroups.join(', ') || '""'})`, evidence(`rules[${i}].verbs`, v)), `rules[${i}]`, r.source);
  });
}
