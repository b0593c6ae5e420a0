import { check, defineRule } from '../../kit/index.js';
import { containersOf, perContainer, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-proc-mount',
  title: 'Container unmasks /proc',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Containers should keep the default /proc mask: securityContext.procMount must be unset or `Default` (Baseline Pod Security Standard).',
  risk: 'An unmasked /proc exposes kernel interfaces (sysrq-trigger, kcore, timer lists) that help a container attack its node.',
  remediation: {
    kubernetes: `containers:
  - name: app
    securityContext:
      procMount: Default`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/containers/0/securityContext/procMount"}]'`,
  },
  references: [PSS],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => ({
      value: c.securityContext.procMount,
      outcome: check(`${ref}.securityContext.procMount`, c.securityContext.procMount, (m) => m === 'Default', {
        pass: `${ref} keeps the default /proc mask`,
        fail: `${ref} sets procMount ${c.securityContext.procMount.value ?? ''}`,
      }),
    }));
  },
});
