import { check, defineRule } from '../../kit/index.js';
import { containersOf, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-readiness-probe',
  title: 'Container has no readiness probe',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each long-running container should define a readinessProbe. Init containers and the containers of Jobs and CronJobs, which run to completion, are not judged.',
  risk: 'Without a readiness probe a pod receives traffic before it can serve and while it is overloaded, turning slow starts and brownouts into errors.',
  remediation: {
    kubernetes: `containers:
  - name: app
    readinessProbe:
      httpGet: { path: /healthz, port: 8080 }
      periodSeconds: 10`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/readinessProbe","value":{"httpGet":{"path":"/healthz","port":8080}}}]'`,
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  evaluate(w) {
    const kind = w.properties.kind.value;
    if (kind === 'Job' || kind === 'CronJob') return undefined;
    return perContainer(containersOf(w, { init: false, ephemeral: false }), (c, ref) => ({
      value: c.readinessProbe,
      outcome: check(`${ref}.readinessProbe`, c.readinessProbe, (has) => has, { pass: `${ref} has a readiness probe`, fail: `${ref} has no readiness probe` }),
    }));
  },
});
