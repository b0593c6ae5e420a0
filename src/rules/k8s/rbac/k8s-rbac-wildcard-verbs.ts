import { defineRule } from '../../kit/index.js';
import { NSA_GUIDE } from '../../kit/k8s-pod.js';
import { wildcardVerbOutcomes } from '../../kit/k8s-rbac.js';

export default defineRule({
  id: 'k8s-rbac-wildcard-verbs',
  title: 'ClusterRole grants wildcard verbs',
  severity: 'high',
  provider: 'k8s',
  service: 'rbac',
  resourceType: 'k8s.cluster-role',
  description: 'ClusterRole rules should list the verbs they need instead of `*`.',
  risk: 'A `*` verb grants every current and future verb (escalate, bind, impersonate, delete) across the cluster, well beyond what the subject was meant to do.',
  remediation: {
    kubernetes: `rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list", "watch"]`,
    cli: 'kubectl edit clusterrole NAME  # replace "*" in verbs with the verbs needed',
  },
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', NSA_GUIDE],
  evaluate(role) {
    return wildcardVerbOutcomes(role.properties, 'ClusterRole');
  },
});
