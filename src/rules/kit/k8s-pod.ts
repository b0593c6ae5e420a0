/**
 * Helpers shared by the Kubernetes pod-security rules.
 */
import { isKnown, type Provenance, type Value } from '../../model/core/index.js';
import type { K8sContainer, K8sWorkload, LabelSelector } from '../../model/k8s/index.js';
import { at } from './outcome.js';
import type { Outcome } from './rule.js';

/** The list a container sits in, as written in a pod spec. */
const LIST_NAME = { container: 'containers', initContainer: 'initContainers', ephemeralContainer: 'ephemeralContainers' } as const;

export const PSS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
export const SECURITY_CONTEXT = 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/';
export const NSA_GUIDE = 'https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF';

/**
 * Containers of the workload's pod. Ephemeral containers (added by `kubectl debug`) cannot set resources,
 * ports or probes, so rules on those fields leave them out.
 */
export function containersOf(w: K8sWorkload, opts: { ephemeral?: boolean; init?: boolean } = {}): readonly K8sContainer[] {
  const p = w.properties.pod;
  return [...p.containers, ...(opts.init === false ? [] : p.initContainers), ...(opts.ephemeral === false ? [] : p.ephemeralContainers)];
}

/** `containers[app]`, `initContainers[setup]`: the discriminator and evidence prefix of a container. */
export function containerRef(c: K8sContainer): string {
  const name = isKnown(c.name) && c.name.value !== '' ? c.name.value : '?';
  return `${LIST_NAME[c.role]}[${name}]`;
}

/**
 * Where a container finding points: the value's own line when written in a file; for a default (which may
 * come from the pod level) the container block, so each container's finding lands on that container.
 */
function pointAt(c: K8sContainer, v: Value<unknown> | undefined): Provenance {
  return v && v.kind !== 'default' && v.source.kind === 'iac' ? v.source : c.source;
}

/**
 * Runs `judge` on each container and tags each outcome with the container discriminator and location.
 * `judge` returns the outcome and the value it turned on (for the location), or undefined to skip.
 */
export function perContainer(
  containers: readonly K8sContainer[],
  judge: (c: K8sContainer, ref: string) => { outcome: Outcome; value?: Value<unknown> } | undefined,
): Outcome[] {
  const out: Outcome[] = [];
  for (const c of containers) {
    const ref = containerRef(c);
    const j = judge(c, ref);
    if (j) out.push(at(j.outcome, ref, pointAt(c, j.value)));
  }
  return out;
}

/** A container-level value that overrides the pod's when set (not null). */
export function effective<T>(container: Value<T | null>, pod: Value<T | null>): Value<T | null> {
  if (!isKnown(container)) return container;
  return container.value !== null ? container : pod;
}

/** Whether a label selector selects pods with `labels` (matchLabels and matchExpressions all hold). */
export function selectorMatches(sel: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels)) if (labels[k] !== v) return false;
  return sel.matchExpressions.every((e) => {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        return has && e.values.includes(labels[e.key]!);
      case 'NotIn':
        return !has || !e.values.includes(labels[e.key]!);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
}
