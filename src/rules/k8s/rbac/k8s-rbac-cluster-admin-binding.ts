import { at, check, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { explicit, isKnown } from '../../../model/core/index.js';
import { NSA_GUIDE } from '../../kit/k8s-pod.js';

export default defineRule({
  id: 'k8s-rbac-cluster-admin-binding',
  title: 'ClusterRoleBinding grants cluster-admin',
  severity: 'high',
  provider: 'k8s',
  service: 'rbac',
  resourceType: 'k8s.cluster-role-binding',
  description: 'Subjects other than system components should not be bound to the cluster-admin ClusterRole.',
  risk: 'cluster-admin is unrestricted superuser access: every bound user, group or service account token can read every Secret and run anything on any node.',
  remediation: {
    kubernetes: `kind: RoleBinding   # scope the grant to one namespace and a narrower role
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit`,
    cli: 'kubectl delete clusterrolebinding NAME',
  },
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege', NSA_GUIDE],
  evaluate(b) {
    const ref = b.properties.roleRef;
    const subjects = b.properties.subjects;
    const isAdmin = check('roleRef', ref, (r) => r.kind === 'ClusterRole' && r.name === 'cluster-admin', { pass: '', fail: '' });
    if (isAdmin.status === 'unknown') return unknown('The roleRef could not be determined', evidence('roleRef', ref));
    if (isAdmin.status === 'fail') return pass(`The binding grants ${ref.value?.name ?? ''}, not cluster-admin`, evidence('roleRef', ref));
    if (!isKnown(subjects)) return unknown('The subjects could not be determined', evidence('subjects', subjects));
    // Bindings of system: principals ship with the cluster and are managed by it.
    const human = subjects.value.filter((s) => !s.name.startsWith('system:'));
    if (human.length === 0) return pass('cluster-admin is bound only to system principals', evidence('subjects', subjects));
    return human.map((s) => at(fail(`${s.kind} ${s.name} is bound to cluster-admin`, evidence(`subjects[${s.name}]`, explicit(s.name, s.source))), `subjects[${s.kind}/${s.name}]`, s.source));
  },
});
