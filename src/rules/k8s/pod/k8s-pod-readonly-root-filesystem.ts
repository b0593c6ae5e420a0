import { check, defineRule } from '../../kit/index.js';
import { containersOf, NSA_GUIDE, perContainer, SECURITY_CONTEXT } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-readonly-root-filesystem',
  title: 'Container root file system is writable',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each container should set securityContext.readOnlyRootFilesystem to true and write only to mounted volumes.',
  risk: 'A writable root file system lets an intruder drop tools, alter binaries or persist in the container.',
  remediation: {
    kubernetes: `containers:
  - name: app
    securityContext:
      readOnlyRootFilesystem: true
    volumeMounts:
      - { name: tmp, mountPath: /tmp }   # with an emptyDir volume named tmp`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem","value":true}]'`,
  },
  references: [SECURITY_CONTEXT, NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const v = c.securityContext.readOnlyRootFilesystem;
      return {
        value: v,
        outcome: check(`${ref}.securityContext.readOnlyRootFilesystem`, v, (ro) => ro, {
          pass: `${ref} has a read-only root file system`,
          fail: `${ref} has a writable root file system`,
        }),
      };
    });
  },
});
