import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'k8s-pod-default-namespace',
  title: 'Workload runs in the default namespace',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description:
    'Workloads should run in a dedicated namespace. A manifest without metadata.namespace lands in `default` unless applied with -n; name the namespace in the manifest.',
  risk: 'The default namespace rarely has its own RBAC, quotas, NetworkPolicies or Pod Security labels, so workloads there share one flat trust zone.',
  remediation: {
    kubernetes: `metadata:
  name: web
  namespace: shop`,
    cli: 'kubectl create namespace shop && kubectl apply -n shop -f manifest.yaml',
  },
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/', 'https://kubernetes.io/docs/concepts/security/multi-tenancy/'],
  evaluate(w) {
    const ns = w.properties.namespace;
    return check('metadata.namespace', ns, (n) => n !== 'default', {
      pass: `The workload runs in namespace ${ns.value ?? ''}`,
      fail: ns.kind === 'default' ? 'The manifest names no namespace, so the workload runs in default' : 'The workload runs in the default namespace',
    });
  },
});
