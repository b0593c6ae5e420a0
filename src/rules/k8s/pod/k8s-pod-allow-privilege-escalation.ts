import { check, defineRule } from '../../kit/index.js';
import { containersOf, NSA_GUIDE, perContainer, PSS, SECURITY_CONTEXT } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-allow-privilege-escalation',
  title: 'Container allows privilege escalation',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each container should set securityContext.allowPrivilegeEscalation to false (Kubernetes allows escalation when it is unset).',
  risk: 'Without no_new_privs a process can gain more privileges than its parent through setuid binaries or file capabilities, turning a foothold into root.',
  remediation: {
    kubernetes: `containers:
  - name: app
    securityContext:
      allowPrivilegeEscalation: false`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation","value":false}]'`,
  },
  references: [PSS, SECURITY_CONTEXT, NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const v = c.securityContext.allowPrivilegeEscalation;
      const unset = v.kind === 'default' ? ' (unset: Kubernetes allows it)' : '';
      return {
        value: v,
        outcome: check(`${ref}.securityContext.allowPrivilegeEscalation`, v, (a) => !a, {
          pass: `${ref} forbids privilege escalation`,
          fail: `${ref} allows privilege escalation${unset}`,
        }),
      };
    });
  },
});
