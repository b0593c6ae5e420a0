import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../model/core/index.js';
import { defaultPullPolicy, type ContainerPort, type ContainerRole, type ContainerSecurityContext, type EnvVar, type K8sContainer } from '../../../model/k8s/index.js';
import type { Obj, Reader } from './reader.js';

/** Capability names as the runtime compares them: upper case, without the `CAP_` prefix. */
function normalizeCaps(v: Value<readonly string[]>): Value<readonly string[]> {
  return mapValue(v, (caps) => caps.map((c) => c.toUpperCase().replace(/^CAP_/, '')));
}

function securityContext(r: Reader, c: Obj): ContainerSecurityContext {
  const sc = r.sub(c, 'securityContext');
  const caps = r.sub(sc, 'capabilities');
  const seccomp = r.sub(sc, 'seccompProfile');
  return {
    privileged: r.bool(sc, 'privileged', false),
    allowPrivilegeEscalation: r.bool(sc, 'allowPrivilegeEscalation', true),
    readOnlyRootFilesystem: r.bool(sc, 'readOnlyRootFilesystem', false),
    runAsUser: r.int(sc, 'runAsUser'),
    runAsGroup: r.int(sc, 'runAsGroup'),
    runAsNonRoot: r.optBool(sc, 'runAsNonRoot'),
    capabilitiesAdd: normalizeCaps(r.strings(caps, 'add')),
    capabilitiesDrop: normalizeCaps(r.strings(caps, 'drop')),
    seccompProfileType: seccomp.node ? r.optStr(seccomp, 'type') : defaulted(null, sc.source),
    procMount: r.str(sc, 'procMount', 'Default'),
    source: sc.source,
  };
}

function ports(r: Reader, c: Obj): Value<readonly ContainerPort[]> {
  if (!r.has(c, 'ports')) return defaulted([], c.source);
  return explicit(
    r.list(c, 'ports').map((p) => ({
      containerPort: mapValue(r.int(p, 'containerPort'), (n) => n ?? 0),
      hostPort: r.int(p, 'hostPort'),
      protocol: r.str(p, 'protocol', 'TCP'),
      source: p.source,
    })),
    r.attr(c, 'ports')!.source,
  );
}

function envVars(r: Reader, c: Obj): Value<readonly EnvVar[]> {
  if (!r.has(c, 'env')) return defaulted([], c.source);
  const out: EnvVar[] = r.list(c, 'env').map((e) => {
    const name = r.optStr(e, 'name');
    const vf = r.sub(e, 'valueFrom');
    const base = { name: isKnown(name) && name.value !== null ? name.value : '', source: e.source };
    if (vf.node) {
      if (r.has(vf, 'secretKeyRef')) {
        const secret = r.optStr(r.sub(vf, 'secretKeyRef'), 'name');
        return { ...base, from: 'secret' as const, ...(isKnown(secret) && secret.value !== null ? { secretName: secret.value } : {}) };
      }
      if (r.has(vf, 'configMapKeyRef')) return { ...base, from: 'configMap' as const };
      if (r.has(vf, 'fieldRef')) return { ...base, from: 'field' as const };
      if (r.has(vf, 'resourceFieldRef')) return { ...base, from: 'resourceField' as const };
    }
    return { ...base, from: r.has(e, 'value') ? ('value' as const) : ('none' as const) };
  });
  return explicit(out, r.attr(c, 'env')!.source);
}

function envFromSecrets(r: Reader, c: Obj): Value<readonly string[]> {
  if (!r.has(c, 'envFrom')) return defaulted([], c.source);
  const names: string[] = [];
  for (const e of r.list(c, 'envFrom')) {
    const ref = r.sub(e, 'secretRef');
    if (!ref.node) continue;
    const n = r.optStr(ref, 'name');
    if (!isKnown(n)) return unresolvable(n.reason ?? 'secretRef name unresolvable', n.source);
    names.push(n.value ?? '');
  }
  return explicit(names, r.attr(c, 'envFrom')!.source);
}

/** Adapts one entry of `containers`, `initContainers` or `ephemeralContainers`. */
export function adaptContainer(r: Reader, c: Obj, role: ContainerRole): K8sContainer {
  const image = r.optStr(c, 'image');
  const imageValue: Value<string> =
    image.kind === 'default' ? unresolvable('the container names no image', c.source) : (image as Value<string>);
  const pull = r.optStr(c, 'imagePullPolicy');
  const res = r.sub(c, 'resources');
  const limits = r.sub(res, 'limits');
  const requests = r.sub(res, 'requests');
  return {
    role,
    name: r.str(c, 'name', ''),
    image: imageValue,
    imagePullPolicy:
      pull.kind !== 'default'
        ? (pull as Value<string>)
        : isKnown(imageValue)
          ? defaulted(defaultPullPolicy(imageValue.value), c.source)
          : unresolvable('the default pull policy depends on the image tag', c.source),
    securityContext: securityContext(r, c),
    resources: {
      limitsCpu: r.optStr(limits, 'cpu'),
      limitsMemory: r.optStr(limits, 'memory'),
      requestsCpu: r.optStr(requests, 'cpu'),
      requestsMemory: r.optStr(requests, 'memory'),
    },
    ports: ports(r, c),
    env: envVars(r, c),
    envFromSecrets: envFromSecrets(r, c),
    livenessProbe: r.has(c, 'livenessProbe') ? explicit(true, r.attr(c, 'livenessProbe')!.source) : defaulted(false, c.source),
    readinessProbe: r.has(c, 'readinessProbe') ? explicit(true, r.attr(c, 'readinessProbe')!.source) : defaulted(false, c.source),
    source: c.source,
  };
}
