import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { explicit, isKnown } from '../../../model/core/index.js';
import { NSA_GUIDE, selectorMatches } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-network-no-network-policy',
  title: 'Workload is selected by no NetworkPolicy',
  severity: 'medium',
  provider: 'k8s',
  service: 'network',
  resourceType: 'k8s.workload',
  description:
    'Every workload should be selected by a NetworkPolicy of its namespace. A missing policy is a finding only when the namespace itself is in the scanned set (a live cluster, or manifests that declare the Namespace); otherwise policies may live elsewhere and the verdict is unknown.',
  risk: 'Pods no NetworkPolicy selects accept traffic from every pod in the cluster, so one compromised workload can reach all the others.',
  remediation: {
    kubernetes: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: ["Ingress", "Egress"]`,
    cli: `kubectl apply -n NAMESPACE -f - <<'EOF'
{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"default-deny"},"spec":{"podSelector":{},"policyTypes":["Ingress","Egress"]}}
EOF`,
  },
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/', NSA_GUIDE],
  evaluate(w, ctx) {
    const ns = w.properties.namespace;
    const labels = w.properties.podLabels;
    if (!isKnown(ns)) return unknown(`The namespace could not be determined: ${ns.reason ?? 'unresolvable'}`, evidence('metadata.namespace', ns));
    const policies = ctx.referencing('k8s.network-policy', 'namespace', ns.value);
    let undecided = false;
    for (const p of policies) {
      const sel = p.properties.podSelector;
      if (!isKnown(sel) || !isKnown(labels)) {
        undecided = true;
        continue;
      }
      if (selectorMatches(sel.value, labels.value)) return pass(`NetworkPolicy ${p.name} selects the workload's pods`, evidence(`networkPolicy[${p.name}].podSelector`, sel));
    }
    const ev = evidence('podLabels', labels);
    if (undecided) return unknown('A NetworkPolicy selector or the pod labels could not be determined', ev);
    const declared = ctx.referencing('k8s.namespace', 'name', ns.value)[0];
    if (!declared) return unknown(`No NetworkPolicy in the scanned set selects the pods, and namespace ${ns.value} is not in the scanned set: policies may be defined elsewhere`, ev);
    const nsEv = evidence(`namespace[${ns.value}]`, explicit(ns.value, declared.source));
    return fail(`No NetworkPolicy in namespace ${ns.value} selects the workload's pods`, ev, nsEv);
  },
});
