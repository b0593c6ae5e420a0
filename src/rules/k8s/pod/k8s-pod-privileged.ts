import { check, defineRule } from '../../kit/index.js';
import { containersOf, NSA_GUIDE, perContainer, PSS, SECURITY_CONTEXT } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-privileged',
  title: 'Container runs privileged',
  severity: 'critical',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'No container (including init and ephemeral containers) should set securityContext.privileged to true.',
  risk: 'A privileged container has every capability and all host devices: escaping to the node, and from there to the cluster, is trivial.',
  remediation: {
    kubernetes: `containers:
  - name: app
    securityContext:
      privileged: false`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/securityContext/privileged","value":false}]'`,
  },
  references: [PSS, SECURITY_CONTEXT, NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const v = c.securityContext.privileged;
      return { value: v, outcome: check(`${ref}.securityContext.privileged`, v, (p) => !p, { pass: `${ref} is not privileged`, fail: `${ref} runs privileged` }) };
    });
  },
});
