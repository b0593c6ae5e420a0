import { check, defineRule } from '../../kit/index.js';
import { PSS } from '../../kit/k8s-pod.js';

/** Sysctls the Baseline Pod Security Standard allows (namespaced and isolated per pod). */
const SAFE = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

export default defineRule({
  id: 'k8s-pod-unsafe-sysctls',
  title: 'Pod sets unsafe sysctls',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Pods should set only the sysctls the Baseline Pod Security Standard deems safe in securityContext.sysctls.',
  risk: 'Unsafe sysctls are not isolated per pod: they can change kernel behaviour for the whole node, disable protections or starve other pods.',
  remediation: {
    kubernetes: `spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range   # safe sysctls only
        value: "32768 60999"`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/securityContext/sysctls"}]'`,
  },
  references: [PSS, 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/'],
  evaluate(w) {
    const v = w.properties.pod.securityContext.sysctls;
    const unsafe = (list: readonly { name: string }[]) => list.map((s) => s.name).filter((n) => !SAFE.has(n));
    return check('pod.securityContext.sysctls', v, (list) => unsafe(list).length === 0, {
      pass: 'The pod sets no unsafe sysctl',
      fail: `The pod sets unsafe sysctls: ${unsafe(v.value ?? []).join(', ')}`,
    });
  },
});
