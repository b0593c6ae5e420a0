import { defineRule } from '../../kit/index.js';
import { NSA_GUIDE } from '../../kit/k8s-pod.js';
import { wildcardVerbOutcomes } from '../../kit/k8s-rbac.js';

export default defineRule({
  id: 'k8s-rbac-role-wildcard-verbs',
  title: 'Role grants wildcard verbs',
  severity: 'medium',
  provider: 'k8s',
  service: 'rbac',
  resourceType: 'k8s.role',
  description: 'Namespaced Role rules should list the verbs they need instead of `*`.',
  risk: 'A `*` verb grants every current and future verb on the resources in the namespace, including escalate and bind on roles.',
  remediation: {
    kubernetes: `rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch", "update"]`,
    cli: 'kubectl edit role NAME -n NAMESPACE  # replace "*" in verbs with the verbs needed',
  },
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/', NSA_GUIDE],
  evaluate(role) {
    return wildcardVerbOutcomes(role.properties, 'Role');
  },
});
