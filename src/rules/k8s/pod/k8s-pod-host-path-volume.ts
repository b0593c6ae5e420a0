import { at, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { explicit, isKnown } from '../../../model/core/index.js';
import { NSA_GUIDE, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-host-path-volume',
  title: 'Pod mounts a hostPath volume',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Pods should not use hostPath volumes (forbidden by the Baseline Pod Security Standard).',
  risk: 'A hostPath volume exposes the node file system: mounting /, /etc or the container runtime socket lets a container take over the node.',
  remediation: {
    kubernetes: `volumes:
  - name: data
    emptyDir: {}   # or a persistentVolumeClaim instead of hostPath`,
    cli: 'kubectl get pods -A -o json | jq \'.items[] | select(.spec.volumes[]?.hostPath) | .metadata.name\'  # then replace hostPath volumes in each owner',
  },
  references: [PSS, 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', NSA_GUIDE],
  evaluate(w) {
    const vols = w.properties.pod.volumes;
    if (!isKnown(vols)) return unknown(`pod.volumes could not be determined: ${vols.reason ?? 'unresolvable'}`, evidence('pod.volumes', vols));
    const hostPaths = vols.value.filter((v) => v.hostPath !== null);
    if (hostPaths.length === 0) return pass('The pod mounts no hostPath volume', evidence('pod.volumes', vols));
    return hostPaths.map((v) =>
      at(fail(`Volume ${v.name} mounts host path ${v.hostPath}`, evidence(`pod.volumes[${v.name}].hostPath`, explicit(v.hostPath, v.source))), `volumes[${v.name}]`, v.source),
    );
  },
});
