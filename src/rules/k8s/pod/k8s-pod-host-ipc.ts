import { check, defineRule } from '../../kit/index.js';
import { NSA_GUIDE, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-host-ipc',
  title: 'Pod shares the host IPC namespace',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Pods should not set hostIPC to true.',
  risk: 'With the host IPC namespace a container can read and write the shared memory and message queues of every process on the node.',
  remediation: {
    kubernetes: `spec:
  hostIPC: false`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/hostIPC"}]'`,
  },
  references: [PSS, NSA_GUIDE],
  evaluate(w) {
    return check('pod.hostIPC', w.properties.pod.hostIPC, (v) => !v, { pass: 'The pod has its own IPC namespace', fail: 'The pod shares the host IPC namespace' });
  },
});
