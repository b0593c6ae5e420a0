import { check, defineRule } from '../../kit/index.js';
import { containersOf, NSA_GUIDE, perContainer, PSS } from '../../kit/k8s-pod.js';

/** The capabilities the Baseline Pod Security Standard lets a container add; anything else fails. */
const BASELINE_ALLOWED = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

export default defineRule({
  id: 'k8s-pod-capabilities-added',
  title: 'Container adds dangerous Linux capabilities',
  severity: 'high',
  provider: 'k8s',
  service: 'pod',
  resourceType: 'k8s.workload',
  description: 'Containers should add no capability beyond the Baseline Pod Security Standard list (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL and the like fail).',
  risk: 'SYS_ADMIN is close to root on the node; NET_ADMIN rewrites node networking; SYS_PTRACE and SYS_MODULE allow process injection and kernel module loading.',
  remediation: {
    kubernetes: `containers:
  - name: app
    securityContext:
      capabilities:
        drop: ["ALL"]
        add: ["NET_BIND_SERVICE"]   # only what the app needs`,
    cli: `kubectl patch deployment NAME --type=json -p '[{"op":"remove","path":"/spec/template/spec/containers/0/securityContext/capabilities/add"}]'`,
  },
  references: [PSS, 'https://man7.org/linux/man-pages/man7/capabilities.7.html', NSA_GUIDE],
  evaluate(w) {
    return perContainer(containersOf(w), (c, ref) => {
      const v = c.securityContext.capabilitiesAdd;
      const bad = (caps: readonly string[]) => caps.filter((cap) => !BASELINE_ALLOWED.has(cap));
      return {
        value: v,
        outcome: check(`${ref}.securityContext.capabilities.add`, v, (caps) => bad(caps).length === 0, {
          pass: `${ref} adds no dangerous capability`,
          fail: `${ref} adds ${bad(v.value ?? []).join(', ')}`,
        }),
      };
    });
  },
});
