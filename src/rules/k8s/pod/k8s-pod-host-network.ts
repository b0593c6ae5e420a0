import { check, defineRule } from '../../kit/index.js';
import { NSA_GUIDE, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-host-network',
  title: 'Pod uses the host network namespace',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Pods should not set hostNetwork to true.',
  risk: 'A pod on the host network can sniff node traffic, reach services bound to localhost on the node (the kubelet, cloud metadata) and bypasses NetworkPolicies.',
  remediation: {
    kubernetes: `spec:
  hostNetwork: false`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/hostNetwork"}]'`,
  },
  references: [PSS, NSA_GUIDE],
  evaluate(w) {
    return check('pod.hostNetwork', w.properties.pod.hostNetwork, (v) => !v, { pass: 'The pod has its own network namespace', fail: 'The pod uses the host network namespace' });
  },
});
