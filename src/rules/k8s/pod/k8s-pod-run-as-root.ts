import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isKnown, type Value } from '../../../model/core/index.js';
import { containersOf, effective, NSA_GUIDE, perContainer, PSS, SECURITY_CONTEXT } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-run-as-root',
  title: 'Container may run as root',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description:
    'Each container should run as a non-root user: runAsNonRoot true or runAsUser above 0, at container or pod level (the container wins). runAsUser 0 always fails.',
  risk: 'Root in a container is root on the node once any escape or a writable host mount is found; most images default to root when nothing forbids it.',
  remediation: {
    kubernetes: `spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001`,
    cli: `kubectl patch deployment NAME --type=merge -p '{"spec":{"template":{"spec":{"securityContext":{"runAsNonRoot":true,"runAsUser":10001}}}}}'`,
  },
  references: [PSS, SECURITY_CONTEXT, NSA_GUIDE],
  evaluate(w) {
    const pod = w.properties.pod.securityContext;
    return perContainer(containersOf(w), (c, ref) => {
      const user = effective(c.securityContext.runAsUser, pod.runAsUser);
      const nonRoot = effective(c.securityContext.runAsNonRoot, pod.runAsNonRoot);
      const ev = [evidence(`${ref}.runAsUser`, user), evidence(`${ref}.runAsNonRoot`, nonRoot)];
      if (isKnown(user) && user.value === 0) return { value: user, outcome: fail(`${ref} runs as UID 0 (root)`, ...ev) };
      if (isKnown(user) && user.value !== null && user.value > 0) return { value: user, outcome: pass(`${ref} runs as UID ${user.value}`, ...ev) };
      if (isKnown(nonRoot) && nonRoot.value === true) return { value: nonRoot, outcome: pass(`${ref} must run as non-root`, ...ev) };
      const unresolved = !isKnown(user) ? (user as Value<unknown>) : !isKnown(nonRoot) ? (nonRoot as Value<unknown>) : undefined;
      if (unresolved) return { value: unresolved, outcome: unknown(`${ref}: the run-as user could not be determined: ${unresolved.reason ?? 'unresolvable'}`, ...ev) };
      return { value: nonRoot, outcome: fail(`${ref} sets neither runAsNonRoot: true nor a non-zero runAsUser, so it runs as the image's user (often root)`, ...ev) };
    });
  },
});
