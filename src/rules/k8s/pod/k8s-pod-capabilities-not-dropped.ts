import { check, defineRule } from '../../kit/index.js';
import { containersOf, NSA_GUIDE, perContainer, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-capabilities-not-dropped',
  title: 'Container does not drop all capabilities',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Each container should drop ALL capabilities and add back only what it needs (Restricted Pod Security Standard).',
  risk: 'The runtime default set includes NET_RAW (packet spoofing, ARP poisoning on the node network) and others an attacker can use after a compromise.',
  remediation: {
    kubernetes: `containers:
  - name: app
    securityContext:
      capabilities:
        drop: ["ALL"]`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/securityContext/capabilities","value":{"drop":["ALL"]}}]'`,
  },
  references: [PSS, NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const v = c.securityContext.capabilitiesDrop;
      return {
        value: v,
        outcome: check(`${ref}.securityContext.capabilities.drop`, v, (caps) => caps.includes('ALL'), {
          pass: `${ref} drops all capabilities`,
          fail: `${ref} does not drop ALL capabilities`,
        }),
      };
    });
  },
});
