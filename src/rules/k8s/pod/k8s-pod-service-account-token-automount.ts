import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';
import { NSA_GUIDE } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-service-account-token-automount',
  title: 'Pod mounts a service account token automatically',
  severity: 'medium',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description:
    'Pods that do not call the Kubernetes API should set automountServiceAccountToken: false (on the pod, or on its service account). When neither says, Kubernetes mounts the token; a custom service account outside the scanned set makes the verdict unknown.',
  risk: 'Every process in the pod can read the mounted token and act against the API server with the service account rights, so one compromised container becomes an API client.',
  remediation: {
    kubernetes: `spec:
  automountServiceAccountToken: false`,
    cli: `kubectl patch serviceaccount default -n NAMESPACE -p '{"automountServiceAccountToken": false}'`,
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting', NSA_GUIDE],
  evaluate(w, ctx) {
    const pod = w.properties.pod;
    const own = pod.automountServiceAccountToken;
    const ev = evidence('pod.automountServiceAccountToken', own);
    if (!isKnown(own)) return unknown(`automountServiceAccountToken could not be determined: ${own.reason ?? 'unresolvable'}`, ev);
    if (own.value === false) return pass('The pod does not mount a service account token', ev);
    if (own.value === true) return fail('The pod sets automountServiceAccountToken: true', ev);
    const sa = pod.serviceAccountName;
    const ns = w.properties.namespace;
    if (!isKnown(sa) || !isKnown(ns)) return unknown('The service account of the pod could not be determined', ev, evidence('pod.serviceAccountName', sa));
    const account = ctx.referencing('k8s.service-account', 'name', sa.value).find((a) => a.properties.namespace.value === ns.value);
    if (account) {
      const v = account.properties.automountServiceAccountToken;
      const saEv = evidence(`serviceAccount[${sa.value}].automountServiceAccountToken`, v);
      if (!isKnown(v)) return unknown(`automountServiceAccountToken of service account ${sa.value} could not be determined`, ev, saEv);
      if (v.value === false) return pass(`Service account ${sa.value} disables token automounting`, ev, saEv);
      return fail(`Neither the pod nor service account ${sa.value} disables token automounting`, ev, saEv);
    }
    // The `default` account exists in every namespace and mounts its token unless someone patched it.
    if (sa.value === 'default') return fail('The pod mounts the default service account token (automountServiceAccountToken is unset)', ev);
    return unknown(`Service account ${sa.value} is not in the scanned set; it may disable token automounting`, ev, evidence('pod.serviceAccountName', sa));
  },
});
