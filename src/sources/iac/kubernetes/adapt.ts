import { defaulted, explicit, unresolvable, type Resource, type Value } from '../../../model/core/index.js';
import { WORKLOAD_KINDS, type WorkloadKind } from '../../../model/k8s/index.js';
import type { ResourceType } from '../../../model/types.js';
import { adaptNetworkPolicy, adaptRole, adaptRoleBinding, adaptService, adaptServiceAccount, type Identity } from './cluster.js';
import type { ManifestObject } from './manifest.js';
import { adaptWorkload } from './workload.js';

/** Kinds without a namespace. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);

const TYPE_OF: Readonly<Record<string, ResourceType>> = {
  Namespace: 'k8s.namespace',
  NetworkPolicy: 'k8s.network-policy',
  Service: 'k8s.service',
  ServiceAccount: 'k8s.service-account',
  Role: 'k8s.role',
  ClusterRole: 'k8s.cluster-role',
  RoleBinding: 'k8s.role-binding',
  ClusterRoleBinding: 'k8s.cluster-role-binding',
};

function isWorkloadKind(k: string): k is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(k);
}

function identity(o: ManifestObject): Identity {
  const { reader: r, root } = o;
  const meta = r.sub(root, 'metadata');
  const written = r.optStr(meta, 'name');
  let name: Value<string>;
  if (written.kind === 'explicit' && written.value) name = written as Value<string>;
  else if (written.kind === 'unresolvable') name = written as Value<string>;
  else {
    // `generateName` objects get their name from the API server; keep the prefix so the id stays readable.
    const gen = r.optStr(meta, 'generateName');
    name = gen.kind === 'explicit' && gen.value ? unresolvable(`name is generated from "${gen.value}"`, gen.source) : unresolvable('metadata.name is missing', meta.source);
  }
  const namespace: Value<string> = CLUSTER_SCOPED.has(o.kind) ? defaulted('', meta.source) : (r.str(meta, 'namespace', 'default') as Value<string>);
  return { namespace, name };
}

function shown(v: Value<string>, fallback: string): string {
  return v.value !== undefined && v.value !== '' ? v.value : fallback;
}

/**
 * Adapts one manifest object to a model resource, or undefined for kinds the model does not cover.
 * uid: `<file>#<kind>/<namespace>/<name>` (`<file>#<kind>/<name>` for cluster-scoped kinds); `seen` counts
 * ids within the file so a repeated id gets a `[2]`, `[3]` suffix.
 */
export function adaptObject(o: ManifestObject, seen: Map<string, number>): Resource | undefined {
  const type: ResourceType | undefined = isWorkloadKind(o.kind) ? 'k8s.workload' : TYPE_OF[o.kind];
  if (!type) return undefined;
  const { reader: r, root } = o;
  const id = identity(o);
  const ns = shown(id.namespace, 'default');
  const name = shown(id.name, r.optStr(r.sub(root, 'metadata'), 'generateName').value ?? '<unnamed>');
  const address = CLUSTER_SCOPED.has(o.kind) ? `${o.kind}/${name}` : `${o.kind}/${ns}/${name}`;
  const base = `${r.file}#${address}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  const uid = n === 1 ? base : `${base}[${n}]`;
  const labels = r.stringMap(r.sub(root, 'metadata'), 'labels');
  const kindValue = explicit(o.kind, r.attr(root, 'kind')?.source ?? root.source);
  let properties: unknown;
  switch (type) {
    case 'k8s.workload':
      properties = adaptWorkload(r, root, kindValue as Value<WorkloadKind>, id.namespace, id.name);
      break;
    case 'k8s.namespace':
      properties = { name: id.name, labels };
      break;
    case 'k8s.network-policy':
      properties = adaptNetworkPolicy(r, root, id);
      break;
    case 'k8s.service':
      properties = adaptService(r, root, id);
      break;
    case 'k8s.service-account':
      properties = adaptServiceAccount(r, root, id);
      break;
    case 'k8s.role':
    case 'k8s.cluster-role':
      properties = adaptRole(r, root, id);
      break;
    default:
      properties = adaptRoleBinding(r, root, id);
  }
  return {
    uid,
    type,
    provider: 'k8s',
    name,
    tags: labels,
    properties,
    origin: { kind: 'iac', framework: 'kubernetes', file: r.file, startLine: root.source.startLine, endLine: root.source.endLine, address },
    source: root.source,
  };
}
