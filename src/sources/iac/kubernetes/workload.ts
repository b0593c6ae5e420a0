import { defaulted, explicit, isKnown, type Value } from '../../../model/core/index.js';
import type { K8sWorkloadProperties, PodSecurityContext, PodSpec, PodVolume, WorkloadKind } from '../../../model/k8s/index.js';
import { adaptContainer } from './container.js';
import type { Obj, Reader } from './reader.js';

/** Where each kind keeps its pod template (the Pod itself for `Pod`). */
export function podTemplate(r: Reader, root: Obj, kind: WorkloadKind): Obj {
  const spec = r.sub(root, 'spec');
  switch (kind) {
    case 'Pod':
      return root;
    case 'CronJob':
      return r.sub(r.sub(r.sub(spec, 'jobTemplate'), 'spec'), 'template');
    default:
      return r.sub(spec, 'template');
  }
}

function podSecurityContext(r: Reader, spec: Obj): PodSecurityContext {
  const sc = r.sub(spec, 'securityContext');
  const seccomp = r.sub(sc, 'seccompProfile');
  let sysctls: PodSecurityContext['sysctls'] = defaulted([], sc.source);
  if (r.has(sc, 'sysctls')) {
    const items = r.list(sc, 'sysctls').map((s) => {
      const name = r.optStr(s, 'name');
      const value = r.optStr(s, 'value');
      return { name: isKnown(name) ? (name.value ?? '') : '', value: isKnown(value) ? (value.value ?? '') : '' };
    });
    sysctls = explicit(items, r.attr(sc, 'sysctls')!.source);
  }
  return {
    runAsUser: r.int(sc, 'runAsUser'),
    runAsGroup: r.int(sc, 'runAsGroup'),
    runAsNonRoot: r.optBool(sc, 'runAsNonRoot'),
    fsGroup: r.int(sc, 'fsGroup'),
    seccompProfileType: seccomp.node ? r.optStr(seccomp, 'type') : defaulted(null, sc.source),
    sysctls,
    source: sc.source,
  };
}

function volumes(r: Reader, spec: Obj): Value<readonly PodVolume[]> {
  if (!r.has(spec, 'volumes')) return defaulted([], spec.source);
  const out = r.list(spec, 'volumes').map((v) => {
    const name = r.optStr(v, 'name');
    const hp = r.sub(v, 'hostPath');
    const path = hp.node ? r.optStr(hp, 'path') : undefined;
    return {
      name: isKnown(name) ? (name.value ?? '') : '',
      // An unresolvable hostPath path is still a hostPath volume: keep the marker text.
      hostPath: path === undefined ? null : isKnown(path) ? (path.value ?? '') : '<unresolved>',
      source: hp.node ? hp.source : v.source,
    };
  });
  return explicit(out, r.attr(spec, 'volumes')!.source);
}

/** Adapts a pod spec (`spec` of a Pod, `template.spec` of the controllers). */
export function adaptPodSpec(r: Reader, spec: Obj): PodSpec {
  const sa = r.has(spec, 'serviceAccountName') ? r.str(spec, 'serviceAccountName', 'default') : r.str(spec, 'serviceAccount', 'default');
  return {
    hostPID: r.bool(spec, 'hostPID', false),
    hostIPC: r.bool(spec, 'hostIPC', false),
    hostNetwork: r.bool(spec, 'hostNetwork', false),
    volumes: volumes(r, spec),
    serviceAccountName: sa,
    automountServiceAccountToken: r.optBool(spec, 'automountServiceAccountToken'),
    securityContext: podSecurityContext(r, spec),
    containers: r.list(spec, 'containers').map((c) => adaptContainer(r, c, 'container')),
    initContainers: r.list(spec, 'initContainers').map((c) => adaptContainer(r, c, 'initContainer')),
    ephemeralContainers: r.list(spec, 'ephemeralContainers').map((c) => adaptContainer(r, c, 'ephemeralContainer')),
    source: spec.source,
  };
}

/** Adapts any workload kind to the model: metadata plus the pod spec of its template. */
export function adaptWorkload(r: Reader, root: Obj, kind: Value<WorkloadKind>, namespace: Value<string>, name: Value<string>): K8sWorkloadProperties {
  const meta = r.sub(root, 'metadata');
  const template = podTemplate(r, root, kind.value ?? 'Pod');
  const tmeta = r.sub(template, 'metadata');
  return {
    kind,
    namespace,
    name,
    labels: r.stringMap(meta, 'labels'),
    annotations: r.stringMap(meta, 'annotations'),
    podLabels: r.stringMap(tmeta, 'labels'),
    podAnnotations: r.stringMap(tmeta, 'annotations'),
    pod: adaptPodSpec(r, r.sub(template, 'spec')),
  };
}
