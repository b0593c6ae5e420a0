import { check, defineRule } from '../../kit/index.js';
import { NSA_GUIDE, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-host-pid',
  title: 'Pod shares the host PID namespace',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Pods should not set hostPID to true.',
  risk: 'With the host PID namespace a container sees every process on the node, can read their environment and, with ptrace, inject code into them.',
  remediation: {
    kubernetes: `spec:
  hostPID: false`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/hostPID"}]'`,
  },
  references: [PSS, NSA_GUIDE],
  evaluate(w) {
    return check('pod.hostPID', w.properties.pod.hostPID, (v) => !v, { pass: 'The pod has its own PID namespace', fail: 'The pod shares the host PID namespace' });
  },
});
