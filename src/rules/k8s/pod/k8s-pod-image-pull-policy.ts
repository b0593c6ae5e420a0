import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';
import { parseImageRef } from '../../../model/k8s/index.js';
import { containersOf, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-image-pull-policy',
  title: 'Container may run a cached image without a registry check',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Containers should use imagePullPolicy Always unless the image is pinned by digest, so the kubelet checks the registry (and the pull credentials) on every start.',
  risk: 'With IfNotPresent or Never, any pod on a node can run a private image another tenant pulled there, without credentials, and a re-pushed tag is silently ignored.',
  remediation: {
    kubernetes: `containers:
  - name: app
    image: registry.example.com/app:1.4.2
    imagePullPolicy: Always`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/imagePullPolicy","value":"Always"}]'`,
  },
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy', 'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages'],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const policy = c.imagePullPolicy;
      const ev = [evidence(`${ref}.imagePullPolicy`, policy), evidence(`${ref}.image`, c.image)];
      if (isKnown(c.image) && parseImageRef(c.image.value).digest !== null) return { value: c.image, outcome: pass(`${ref} image is pinned by digest`, ...ev) };
      if (!isKnown(policy)) return { value: policy, outcome: unknown(`${ref} pull policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ...ev) };
      if (policy.value === 'Always') return { value: policy, outcome: pass(`${ref} always pulls its image`, ...ev) };
      return { value: policy, outcome: fail(`${ref} uses imagePullPolicy ${policy.value}${policy.kind === 'default' ? ' (the default for a fixed tag)' : ''}`, ...ev) };
    });
  },
});
