// Edge cases of the Kubernetes rules on hand-built model resources (the shape a live collector fills):
// precedence between pod and container, legacy annotations, and when absence is unknown, not a finding.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaulted, explicit, unresolvable, type Provenance, type Resource } from '../../model/core/index.js';
import type { K8sContainer, K8sWorkloadProperties, LabelSelector } from '../../model/k8s/index.js';
import type { AnyRule, Outcome, RuleContext } from '../kit/index.js';
import { containerRef, effective, selectorMatches } from '../kit/k8s-pod.js';
import runAsRoot from './pod/k8s-pod-run-as-root.js';
import seccomp from './pod/k8s-pod-seccomp-profile.js';
import automount from './pod/k8s-pod-service-account-token-automount.js';
import noPolicy from './network/k8s-network-no-network-policy.js';
import privileged from './pod/k8s-pod-privileged.js';

const API: Provenance = { kind: 'api', call: 'core/v1 pods list' };

function container(name: string, sc: Partial<K8sContainer['securityContext']> = {}): K8sContainer {
  return {
    role: 'container',
    name: explicit(name, API),
    image: explicit('nginx:1.25', API),
    imagePullPolicy: defaulted('IfNotPresent', API),
    securityContext: {
      privileged: defaulted(false, API),
      allowPrivilegeEscalation: defaulted(true, API),
      readOnlyRootFilesystem: defaulted(false, API),
      runAsUser: defaulted(null, API),
      runAsGroup: defaulted(null, API),
      runAsNonRoot: defaulted(null, API),
      capabilitiesAdd: defaulted([], API),
      capabilitiesDrop: defaulted([], API),
      seccompProfileType: defaulted(null, API),
      procMount: defaulted('Default', API),
      source: API,
      ...sc,
    },
    resources: { limitsCpu: defaulted(null, API), limitsMemory: defaulted(null, API), requestsCpu: defaulted(null, API), requestsMemory: defaulted(null, API) },
    ports: defaulted([], API),
    env: defaulted([], API),
    envFromSecrets: defaulted([], API),
    livenessProbe: defaulted(false, API),
    readinessProbe: defaulted(false, API),
    source: API,
  };
}

function workload(p: { containers?: K8sContainer[]; pod?: Partial<K8sWorkloadProperties['pod']['securityContext']>; podAnnotations?: Record<string, string>; namespace?: string; sa?: string; labels?: Record<string, string> } = {}): Resource {
  const props: K8sWorkloadProperties = {
    kind: explicit('Deployment', API),
    namespace: explicit(p.namespace ?? 'shop', API),
    name: explicit('web', API),
    labels: defaulted({}, API),
    annotations: defaulted({}, API),
    podLabels: explicit(p.labels ?? { app: 'web' }, API),
    podAnnotations: explicit(p.podAnnotations ?? {}, API),
    pod: {
      hostPID: defaulted(false, API),
      hostIPC: defaulted(false, API),
      hostNetwork: defaulted(false, API),
      volumes: defaulted([], API),
      serviceAccountName: explicit(p.sa ?? 'default', API),
      automountServiceAccountToken: defaulted(null, API),
      securityContext: {
        runAsUser: defaulted(null, API),
        runAsGroup: defaulted(null, API),
        runAsNonRoot: defaulted(null, API),
        fsGroup: defaulted(null, API),
        seccompProfileType: defaulted(null, API),
        sysctls: defaulted([], API),
        source: API,
        ...p.pod,
      },
      containers: p.containers ?? [container('app')],
      initContainers: [],
      ephemeralContainers: [],
      source: API,
    },
  };
  return { uid: 'uid-web', type: 'k8s.workload', provider: 'k8s', name: 'web', tags: defaulted({}, API), properties: props, origin: { kind: 'live', call: 'apps/v1 deployments list' }, source: API };
}

function ctxOf(resources: Resource[], sourceKind: RuleContext['sourceKind'] = 'live'): RuleContext {
  return {
    get: (uid) => resources.find((r) => r.uid === uid),
    ofType: ((t: string) => resources.filter((r) => r.type === t)) as RuleContext['ofType'],
    memo: (_k, compute) => compute(),
    inAccount: ((t: string, a: string | undefined, g?: string) => resources.filter((r) => r.type === t && r.account === a && (g === undefined || r.region === g))) as RuleContext['inAccount'],
    referencing: ((t: string, prop: string, uid: string) =>
      resources.filter((r) => {
        const v = (r.properties as Record<string, { kind?: string; value?: unknown }>)[prop];
        return r.type === t && v !== undefined && v.kind !== 'unresolvable' && ([] as unknown[]).concat(v.value).includes(uid);
      })) as RuleContext['referencing'],
    now: new Date(0),
    sourceKind,
  };
}

function run(rule: AnyRule, r: Resource, others: Resource[] = []): Outcome[] {
  const out = rule.evaluate(r as never, ctxOf([r, ...others]));
  return out === undefined ? [] : Array.isArray(out) ? [...out] : [out as Outcome];
}
const statuses = (os: Outcome[]) => os.map((o) => `${o.discriminator ?? ''}:${o.status}`);

describe('k8s rule kit', () => {
  it('matches label selectors like the API server', () => {
    const sel = (m: Record<string, string>, e: LabelSelector['matchExpressions'] = []): LabelSelector => ({ matchLabels: m, matchExpressions: e });
    assert.equal(selectorMatches(sel({}), {}), true);
    assert.equal(selectorMatches(sel({ app: 'web' }), { app: 'web', x: '1' }), true);
    assert.equal(selectorMatches(sel({ app: 'web' }), { app: 'db' }), false);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'In', values: ['a', 'b'] }]), { tier: 'b' }), true);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'NotIn', values: ['a'] }]), {}), true);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'Exists', values: [] }]), {}), false);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'DoesNotExist', values: [] }]), {}), true);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'Bogus', values: [] }]), { tier: 'a' }), false);
  });

  it('lets a set container value override the pod value', () => {
    assert.equal(effective(explicit(5, API), explicit(7, API)).value, 5);
    assert.equal(effective(defaulted<number | null>(null, API), explicit(7, API)).value, 7);
    assert.equal(effective(unresolvable<number | null>('x'), explicit(7, API)).kind, 'unresolvable');
    assert.equal(containerRef({ ...container('x'), role: 'initContainer' }), 'initContainers[x]');
  });
});

describe('k8s rules on live-shaped resources', () => {
  it('run-as-root: container UID 0 beats pod runAsNonRoot; container non-root beats pod root', () => {
    const w = workload({
      pod: { runAsNonRoot: explicit(true, API) },
      containers: [container('root', { runAsUser: explicit(0, API) }), container('inherits'), container('nobody', { runAsUser: explicit(65534, API) })],
    });
    assert.deepEqual(statuses(run(runAsRoot as AnyRule, w)), ['containers[root]:fail', 'containers[inherits]:pass', 'containers[nobody]:pass']);
  });

  it('run-as-root: runAsNonRoot true makes an unknown UID irrelevant; otherwise unknown stays unknown', () => {
    const unknownUid = unresolvable<number | null>('AccessDenied', API);
    assert.deepEqual(statuses(run(runAsRoot as AnyRule, workload({ containers: [container('a', { runAsUser: unknownUid, runAsNonRoot: explicit(true, API) })] }))), ['containers[a]:pass']);
    assert.deepEqual(statuses(run(runAsRoot as AnyRule, workload({ containers: [container('a', { runAsUser: unknownUid })] }))), ['containers[a]:unknown']);
  });

  it('seccomp: honours the legacy annotations per container and pod', () => {
    const w = workload({
      podAnnotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default', 'container.seccomp.security.alpha.kubernetes.io/b': 'unconfined' },
      containers: [container('a'), container('b'), container('c', { seccompProfileType: explicit('Localhost', API) })],
    });
    assert.deepEqual(statuses(run(seccomp as AnyRule, w)), ['containers[a]:pass', 'containers[b]:fail', 'containers[c]:pass']);
  });

  it('token automount: decided by the service account when the pod is silent', () => {
    const sa = (v: boolean | null): Resource => ({
      uid: 'sa', type: 'k8s.service-account', provider: 'k8s', name: 'api', tags: defaulted({}, API), origin: { kind: 'live', call: 'x' }, source: API,
      properties: { namespace: explicit('shop', API), name: explicit('api', API), automountServiceAccountToken: v === null ? defaulted(null, API) : explicit(v, API) },
    });
    const w = workload({ sa: 'api' });
    assert.deepEqual(statuses(run(automount as AnyRule, w, [sa(false)])), [':pass']);
    assert.deepEqual(statuses(run(automount as AnyRule, w, [sa(null)])), [':fail']);
    assert.deepEqual(statuses(run(automount as AnyRule, w)), [':unknown']);
  });

  it('network policy: unknown without the namespace, fail with it, pass when a policy selects the pods', () => {
    const ns: Resource = { uid: 'ns', type: 'k8s.namespace', provider: 'k8s', name: 'shop', tags: defaulted({}, API), origin: { kind: 'live', call: 'x' }, source: API, properties: { name: explicit('shop', API), labels: defaulted({}, API) } };
    const np = (sel: LabelSelector, namespace = 'shop'): Resource => ({
      uid: `np-${namespace}`, type: 'k8s.network-policy', provider: 'k8s', name: 'np', tags: defaulted({}, API), origin: { kind: 'live', call: 'x' }, source: API,
      properties: { namespace: explicit(namespace, API), name: explicit('np', API), podSelector: explicit(sel, API), policyTypes: defaulted(['Ingress'], API) },
    });
    const w = workload();
    assert.deepEqual(statuses(run(noPolicy as AnyRule, w)), [':unknown']);
    assert.deepEqual(statuses(run(noPolicy as AnyRule, w, [ns])), [':fail']);
    assert.deepEqual(statuses(run(noPolicy as AnyRule, w, [ns, np({ matchLabels: {}, matchExpressions: [] }, 'other')])), [':fail'], 'a policy of another namespace does not count');
    assert.deepEqual(statuses(run(noPolicy as AnyRule, w, [ns, np({ matchLabels: { app: 'web' }, matchExpressions: [] })])), [':pass']);
  });

  it('per-container outcomes carry discriminators and an unresolvable value stays unknown', () => {
    const w = workload({ containers: [container('a', { privileged: unresolvable('template', API) }), container('b', { privileged: explicit(true, API) })] });
    const out = run(privileged as AnyRule, w);
    assert.deepEqual(statuses(out), ['containers[a]:unknown', 'containers[b]:fail']);
  });
});
