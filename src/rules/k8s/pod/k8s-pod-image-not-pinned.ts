import { check, defineRule } from '../../kit/index.js';
import { parseImageRef } from '../../../model/k8s/index.js';
import { containersOf, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-image-not-pinned',
  title: 'Container image is not pinned by digest',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Container images should be pinned by digest (`image@sha256:...`) so the exact bytes that were reviewed are the ones that run.',
  risk: 'Tags are mutable: whoever can push to the registry can replace a tagged image without any change to the manifest.',
  remediation: {
    kubernetes: `containers:
  - name: app
    image: registry.example.com/app:1.4.2@sha256:<digest>`,
    cli: 'kubectl set image deployment/NAME app=registry.example.com/app@sha256:DIGEST',
  },
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => ({
      value: c.image,
      outcome: check(`${ref}.image`, c.image, (image) => parseImageRef(image).digest !== null, {
        pass: `${ref} image is pinned by digest`,
        fail: `${ref} image ${c.image.value ?? ''} is not pinned by digest`,
      }),
    }));
  },
});
