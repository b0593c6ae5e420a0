import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../model/core/index.js';
import type {
  K8sNetworkPolicyProperties,
  K8sRoleBindingProperties,
  K8sRoleProperties,
  K8sServiceAccountProperties,
  K8sServiceProperties,
  LabelSelector,
  RbacRule,
  RbacSubject,
  RoleRef,
} from '../../../model/k8s/index.js';
import type { Obj, Reader } from './reader.js';

/** Identity fields every adapter receives. */
export interface Identity {
  readonly namespace: Value<string>;
  readonly name: Value<string>;
}

function text(v: Value<string | null>): string {
  return isKnown(v) ? (v.value ?? '') : '';
}

function selector(r: Reader, o: Obj): Value<LabelSelector> {
  const labels = r.stringMap(o, 'matchLabels');
  if (!isKnown(labels)) return unresolvable(labels.reason ?? 'matchLabels unresolvable', labels.source);
  const exprs: LabelSelector['matchExpressions'][number][] = [];
  for (const e of r.list(o, 'matchExpressions')) {
    const values = r.strings(e, 'values');
    const key = r.optStr(e, 'key');
    const op = r.optStr(e, 'operator');
    if (!isKnown(values) || !isKnown(key) || !isKnown(op)) return unresolvable('a matchExpressions entry could not be read', e.source);
    exprs.push({ key: text(key), operator: text(op), values: values.value });
  }
  const sel = { matchLabels: labels.value, matchExpressions: exprs };
  return o.node ? explicit(sel, o.source) : defaulted(sel, o.source);
}

export function adaptNetworkPolicy(r: Reader, root: Obj, id: Identity): K8sNetworkPolicyProperties {
  const spec = r.sub(root, 'spec');
  const written = r.strings(spec, 'policyTypes');
  const policyTypes =
    written.kind === 'default' ? defaulted(r.has(spec, 'egress') ? ['Ingress', 'Egress'] : ['Ingress'], spec.source) : written;
  return { ...id, podSelector: selector(r, r.sub(spec, 'podSelector')), policyTypes };
}

export function adaptService(r: Reader, root: Obj, id: Identity): K8sServiceProperties {
  const spec = r.sub(root, 'spec');
  const ports = r.has(spec, 'ports')
    ? explicit(
        r.list(spec, 'ports').map((p) => ({
          port: mapValue(r.int(p, 'port'), (n) => n ?? 0),
          nodePort: r.int(p, 'nodePort'),
          protocol: r.str(p, 'protocol', 'TCP'),
          source: p.source,
        })),
        r.attr(spec, 'ports')!.source,
      )
    : defaulted([], spec.source);
  return { ...id, type: r.str(spec, 'type', 'ClusterIP'), ports, selector: r.stringMap(spec, 'selector') };
}

export function adaptServiceAccount(r: Reader, root: Obj, id: Identity): K8sServiceAccountProperties {
  return { ...id, automountServiceAccountToken: r.optBool(root, 'automountServiceAccountToken') };
}

export function adaptRole(r: Reader, root: Obj, id: Identity): K8sRoleProperties {
  if (!r.has(root, 'rules')) return { ...id, rules: defaulted([], root.source) };
  const rules: RbacRule[] = [];
  for (const rule of r.list(root, 'rules')) {
    const fields = ['apiGroups', 'resources', 'verbs', 'resourceNames', 'nonResourceURLs'] as const;
    const vals = fields.map((f) => r.strings(rule, f));
    const bad = vals.find((v) => !isKnown(v));
    if (bad) return { ...id, rules: unresolvable(bad.reason ?? 'an RBAC rule could not be read', bad.source) };
    const [apiGroups, resources, verbs, resourceNames, nonResourceURLs] = vals.map((v) => v.value ?? []);
    rules.push({ apiGroups, resources, verbs, resourceNames, nonResourceURLs, source: rule.source });
  }
  return { ...id, rules: explicit(rules, r.attr(root, 'rules')!.source) };
}

export function adaptRoleBinding(r: Reader, root: Obj, id: Identity): K8sRoleBindingProperties {
  const ref = r.sub(root, 'roleRef');
  const refValue: Value<RoleRef> = ref.node
    ? explicit({ kind: text(r.optStr(ref, 'kind')), name: text(r.optStr(ref, 'name')), apiGroup: text(r.optStr(ref, 'apiGroup')) }, ref.source)
    : unresolvable('the binding has no roleRef', root.source);
  const subjects: RbacSubject[] = r.list(root, 'subjects').map((s) => ({
    kind: text(r.optStr(s, 'kind')),
    name: text(r.optStr(s, 'name')),
    namespace: text(r.optStr(s, 'namespace')),
    source: s.source,
  }));
  const subjectsValue = r.has(root, 'subjects') ? explicit(subjects, r.attr(root, 'subjects')!.source) : defaulted(subjects, root.source);
  return { ...id, roleRef: refValue, subjects: subjectsValue };
}
