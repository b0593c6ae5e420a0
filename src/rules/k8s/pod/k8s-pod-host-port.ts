import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';
import { containersOf, NSA_GUIDE, perContainer, PSS } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-host-port',
  title: 'Container binds a host port',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Containers should not set ports[].hostPort (the Baseline Pod Security Standard forbids it); expose pods through a Service.',
  risk: 'A host port opens the node itself to the network on that port, sidesteps Service-level controls and pins the pod to nodes with the port free.',
  remediation: {
    kubernetes: `ports:
  - containerPort: 8080   # no hostPort; add a Service to expose it`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/containers/0/ports/0/hostPort"}]'`,
  },
  references: [PSS, 'https://kubernetes.io/docs/concepts/configuration/overview/#services', NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w, { ephemeral: false }), (c, ref) => {
      const ports = c.ports;
      if (!isKnown(ports)) return { value: ports, outcome: unknown(`${ref}.ports could not be determined: ${ports.reason ?? 'unresolvable'}`, evidence(`${ref}.ports`, ports)) };
      const unresolved = ports.value.find((p) => !isKnown(p.hostPort));
      const bound = ports.value.find((p) => isKnown(p.hostPort) && p.hostPort.value !== null && p.hostPort.value > 0);
      if (bound) return { value: bound.hostPort, outcome: fail(`${ref} binds host port ${bound.hostPort.value}`, evidence(`${ref}.ports.hostPort`, bound.hostPort)) };
      if (unresolved) return { value: unresolved.hostPort, outcome: unknown(`${ref} hostPort could not be determined: ${unresolved.hostPort.reason ?? ''}`, evidence(`${ref}.ports.hostPort`, unresolved.hostPort)) };
      return { value: ports, outcome: pass(`${ref} binds no host port`, evidence(`${ref}.ports`, ports)) };
    });
  },
});
