import { check, defineRule } from '../../kit/index.js';
import { containersOf, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-liveness-probe',
  title: 'Container has no liveness probe',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each long-running container should define a livenessProbe. Init containers and the containers of Jobs and CronJobs, which run to completion, are not judged.',
  risk: 'Without a liveness probe a hung process keeps its pod Running: the kubelet never restarts it and the outage lasts until someone notices.',
  remediation: {
    kubernetes: `containers:
  - name: app
    livenessProbe:
      httpGet: { path: /healthz, port: 8080 }
      periodSeconds: 10`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/livenessProbe","value":{"httpGet":{"path":"/healthz","port":8080}}}]'`,
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  evaluate(w) {
    const kind = w.properties.kind.value;
    if (kind === 'Job' || kind === 'CronJob') return undefined;
    return perContainer(containersOf(w, { init: false, ephemeral: false }), (c, ref) => ({
      value: c.livenessProbe,
      outcome: check(`${ref}.livenessProbe`, c.livenessProbe, (has) => has, { pass: `${ref} has a liveness probe`, fail: `${ref} has no liveness probe` }),
    }));
  },
});
