import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';
import { containersOf, perContainer } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-pod-secrets-in-env',
  title: 'Container reads Secrets through environment variables',
  severity: 'low',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Containers should mount Secrets as files rather than import them as environment variables (env[].valueFrom.secretKeyRef or envFrom[].secretRef).',
  risk: 'Environment variables leak into crash dumps, debug endpoints, child processes and logs, and cannot be rotated without a restart.',
  remediation: {
    kubernetes: `containers:
  - name: app
    volumeMounts:
      - { name: db, mountPath: /var/run/secrets/db, readOnly: true }
volumes:
  - name: db
    secret: { secretName: db }`,
    cli: 'kubectl set env deployment/NAME --list  # find secret-backed variables, then move them to a secret volume',
  },
  references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod'],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      if (!isKnown(c.env)) return { value: c.env, outcome: unknown(`${ref}.env could not be determined`, evidence(`${ref}.env`, c.env)) };
      if (!isKnown(c.envFromSecrets)) return { value: c.envFromSecrets, outcome: unknown(`${ref}.envFrom could not be determined`, evidence(`${ref}.envFrom`, c.envFromSecrets)) };
      const vars = c.env.value.filter((e) => e.from === 'secret');
      if (vars.length > 0) {
        const first = vars[0]!;
        const v = { kind: 'explicit' as const, value: vars.map((e) => e.name), source: first.source };
        return { value: v, outcome: fail(`${ref} reads Secrets into ${vars.map((e) => e.name).join(', ')}`, evidence(`${ref}.env`, v)) };
      }
      if (c.envFromSecrets.value.length > 0) {
        return { value: c.envFromSecrets, outcome: fail(`${ref} imports Secret ${c.envFromSecrets.value.join(', ')} as environment variables`, evidence(`${ref}.envFrom`, c.envFromSecrets)) };
      }
      return { value: c.env, outcome: pass(`${ref} reads no Secret from the environment`, evidence(`${ref}.env`, c.env)) };
    });
  },
});
