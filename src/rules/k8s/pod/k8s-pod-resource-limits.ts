import { all, check, defineRule } from '../../kit/index.js';
import { containersOf, NSA_GUIDE, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-resource-limits',
  title: 'Container has no CPU or memory limit',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each container (and init container) should set resources.limits.cpu and resources.limits.memory.',
  risk: 'A container without limits can starve its node of CPU or memory, whether by a bug, a traffic spike or a cryptominer, evicting its neighbours.',
  remediation: {
    kubernetes: `containers:
  - name: app
    resources:
      requests: { cpu: 100m, memory: 128Mi }
      limits: { cpu: 500m, memory: 256Mi }`,
    cli: 'kubectl set resources deployment NAME --limits=cpu=500m,memory=256Mi --requests=cpu=100m,memory=128Mi',
  },
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w, { ephemeral: false }), (c, ref) => {
      const set = (q: string | null) => q !== null && q !== '';
      const cpu = check(`${ref}.resources.limits.cpu`, c.resources.limitsCpu, set, { pass: '', fail: `${ref} has no CPU limit` });
      const mem = check(`${ref}.resources.limits.memory`, c.resources.limitsMemory, set, { pass: '', fail: `${ref} has no memory limit` });
      const first = cpu.status !== 'pass' ? c.resources.limitsCpu : c.resources.limitsMemory;
      return { value: first, outcome: all([cpu, mem], `${ref} has CPU and memory limits`) };
    });
  },
});
