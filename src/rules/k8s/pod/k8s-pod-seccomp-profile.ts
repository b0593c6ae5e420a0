import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { explicit, isKnown, unresolvable, type Value } from '../../../model/core/index.js';
import type { K8sContainer, K8sWorkload } from '../../../model/k8s/index.js';
import { containersOf, effective, perContainer, PSS } from '../../kit/k8s-pod.js';

/** The pre-1.19 seccomp annotations (removed in 1.27, still met in old manifests), mapped to profile types. */
function fromAnnotation(w: K8sWorkload, c: K8sContainer): Value<string | null> {
  const ann = w.properties.podAnnotations;
  if (!isKnown(ann)) return unresolvable(ann.reason ?? 'pod annotations unresolvable', ann.source);
  const name = c.name.value ?? '';
  const raw = ann.value[`container.seccomp.security.alpha.kubernetes.io/${name}`] ?? ann.value['seccomp.security.alpha.kubernetes.io/pod'];
  if (raw === undefined) return explicit(null, ann.source);
  const type = raw === 'runtime/default' || raw === 'docker/default' ? 'RuntimeDefault' : raw.startsWith('localhost/') ? 'Localhost' : 'Unconfined';
  return explicit(type, ann.source);
}

export default defineRule({
  id: 'k8s-pod-seccomp-profile',
  title: 'Container runs without a seccomp profile',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each container should run under the RuntimeDefault or a Localhost seccomp profile (container or pod securityContext.seccompProfile); unset means Unconfined on a default kubelet.',
  risk: 'Without seccomp every system call is open to the container, including the rarely used ones behind most kernel container escapes.',
  remediation: {
    kubernetes: `spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault`,
    cli: `kubectl patch deployment NAME --type=merge -p '{"spec":{"template":{"spec":{"securityContext":{"seccompProfile":{"type":"RuntimeDefault"}}}}}}'`,
  },
  references: [PSS, 'https://kubernetes.io/docs/tutorials/security/seccomp/'],
  evaluate(w) {
    const pod = w.properties.pod.securityContext.seccompProfileType;
    return perContainer(containersOf(w), (c, ref) => {
      let v = effective(c.securityContext.seccompProfileType, pod);
      if (isKnown(v) && v.value === null) {
        const legacy = fromAnnotation(w, c);
        if (!isKnown(legacy) || legacy.value !== null) v = legacy;
      }
      const ev = evidence(`${ref}.seccompProfile.type`, v);
      if (!isKnown(v)) return { value: v, outcome: unknown(`${ref} seccomp profile could not be determined: ${v.reason ?? 'unresolvable'}`, ev) };
      if (v.value === 'RuntimeDefault' || v.value === 'Localhost') return { value: v, outcome: pass(`${ref} runs under the ${v.value} seccomp profile`, ev) };
      return { value: v, outcome: fail(v.value === null ? `${ref} sets no seccomp profile (Unconfined)` : `${ref} runs with seccomp profile ${v.value}`, ev) };
    });
  },
});
