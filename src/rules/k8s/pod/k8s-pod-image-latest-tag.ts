import { check, defineRule } from '../../kit/index.js';
import { parseImageRef } from '../../../model/k8s/index.js';
import { containersOf, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-image-latest-tag',
  title: 'Container image uses the latest tag or no tag',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Container images should name a fixed version tag (or a digest), not `:latest` and not no tag at all (which means latest).',
  risk: 'A moving tag makes deployments unreproducible, hides which code runs, and silently pulls whatever was last pushed, including a compromised image.',
  remediation: {
    kubernetes: `containers:
  - name: app
    image: registry.example.com/app:1.4.2`,
    cli: 'kubectl set image deployment/NAME app=registry.example.com/app:1.4.2',
  },
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names', 'https://kubernetes.io/docs/concepts/configuration/overview/#container-images'],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const fixed = (image: string) => {
        const r = parseImageRef(image);
        return r.digest !== null || (r.tag !== null && r.tag !== 'latest');
      };
      const why = c.image.value !== undefined && parseImageRef(c.image.value).tag === null ? 'has no tag, so it pulls latest' : 'uses the latest tag';
      return { value: c.image, outcome: check(`${ref}.image`, c.image, fixed, { pass: `${ref} image has a fixed tag or digest`, fail: `${ref} image ${c.image.value ?? ''} ${why}` }) };
    });
  },
});
