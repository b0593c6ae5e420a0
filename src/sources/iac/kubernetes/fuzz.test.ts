// Deterministic fuzzing of the manifest source: seeded mutations of valid manifests must never throw,
// and whatever comes out must be well-formed (errors with positions, resources with in-file provenance).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyResult } from '../types.js';
import { isKubernetesManifest, scanKubernetesText } from './index.js';

/** mulberry32: a tiny seeded PRNG, so every run mutates the same way. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CORPUS = [
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels: &l {app: web}
spec:
  template:
    metadata: {labels: *l}
    spec:
      hostPID: true
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      volumes: [{name: h, hostPath: {path: /}}]
      containers:
        - &c
          name: app
          image: nginx:1.25@sha256:abc
          securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN], drop: [ALL]}}
          resources: {limits: {cpu: 1, memory: 1Gi}}
          ports: [{containerPort: 80, hostPort: 80}]
          env: [{name: A, valueFrom: {secretKeyRef: {name: s, key: k}}}]
        - <<: *c
          name: side
---
apiVersion: v1
kind: List
items:
  - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: np, namespace: shop}
    spec: {podSelector: {matchExpressions: [{key: app, operator: In, values: [web]}]}}
`,
  `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, initContainers: [{name: i, image: busybox}], containers: [{name: c, image: x}]}}}}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: b}
roleRef: {kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io}
subjects: [{kind: User, name: alice}]
`,
  '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "n", "securityContext": {"runAsUser": 0}}]}}\n',
];

const TOKENS = [':', ': ', '-', '- ', '{', '}', '[', ']', ',', '*l', '&x ', '<<: *l', '---', '...', '\t', '"', "'", '{{ .Values.x }}', '\n', '  ', '? ', '!!binary ', '%YAML 1.2\n', '#', '|', '>', 'null', '~', 'apiVersion: v1', 'kind: Pod', '&a [*a]', '\u0000', '\uFEFF', '0x1F', '1e400'];

function mutate(text: string, next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  let t = text;
  const rounds = 1 + Math.floor(next() * 4);
  for (let i = 0; i < rounds; i++) {
    const pos = Math.floor(next() * (t.length + 1));
    const lines = t.split('\n');
    const li = Math.floor(next() * lines.length);
    switch (Math.floor(next() * 6)) {
      case 0:
        t = t.slice(0, pos) + t.slice(pos + 1 + Math.floor(next() * 20));
        break;
      case 1:
        t = t.slice(0, pos) + pick(TOKENS) + t.slice(pos);
        break;
      case 2:
        lines.splice(li, 0, lines[li] ?? '');
        t = lines.join('\n');
        break;
      case 3: {
        const lj = Math.floor(next() * lines.length);
        [lines[li], lines[lj]] = [lines[lj] ?? '', lines[li] ?? ''];
        t = lines.join('\n');
        break;
      }
      case 4:
        lines[li] = (next() < 0.5 ? ' ' : '') + (lines[li] ?? '').replace(/^ {1,2}/, '');
        t = lines.join('\n');
        break;
      default:
        t = t.slice(0, pos);
    }
  }
  return t;
}

describe('kubernetes source fuzzing', () => {
  it('never throws on 1000 seeded mutations and always returns well-formed results', () => {
    const next = rng(20261128);
    let withResources = 0;
    let withErrors = 0;
    for (let i = 0; i < 1000; i++) {
      const text = mutate(CORPUS[i % CORPUS.length]!, next);
      const lineCount = text.split('\n').length;
      const r = emptyResult('kubernetes');
      assert.doesNotThrow(() => scanKubernetesText('f.yaml', text, r), `mutation ${i} threw:\n${text}`);
      assert.doesNotThrow(() => isKubernetesManifest(text));
      for (const e of r.errors) {
        assert.ok(e.line >= 1 && e.line <= lineCount + 1 && e.column >= 1, `mutation ${i}: bad error position ${JSON.stringify(e)}`);
        assert.equal(typeof e.message, 'string');
      }
      for (const res of r.resources) {
        assert.ok(res.source.kind === 'iac' && res.source.startLine >= 1 && res.source.endLine <= lineCount, `mutation ${i}: resource outside the file`);
        assert.ok(res.uid.startsWith('f.yaml#'));
        JSON.stringify(res.properties);
      }
      if (r.resources.length) withResources++;
      if (r.errors.length) withErrors++;
    }
    // The mutations must exercise both paths, or the test proves nothing.
    assert.ok(withResources > 200, `only ${withResources} mutations still produced resources`);
    assert.ok(withErrors > 200, `only ${withErrors} mutations produced errors`);
  });

  it('reports absurdly deep nesting as an error, not a stack overflow', () => {
    for (const text of ['['.repeat(100000), `apiVersion: v1\nkind: Pod\nmetadata:\n  labels: ${'{a: '.repeat(50000)}1${'}'.repeat(50000)}\n`]) {
      const r = emptyResult('kubernetes');
      assert.doesNotThrow(() => scanKubernetesText('deep.yaml', text, r));
      assert.ok(r.errors.length > 0);
      assert.deepEqual(r.filesFailed, ['deep.yaml']);
    }
  });

  it('does not blow up on an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]},*${'abcdefghi'[i - 1]}]`);
    // Anchors first, then a manifest whose labels, containers and verbs point at the 9^9-element alias.
    const text = `x:\n  ${bomb.join('\n  ')}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: *i\nspec: {containers: *i, volumes: *i}\n`;
    const start = Date.now();
    const r = emptyResult('kubernetes');
    scanKubernetesText('b.yaml', text, r);
    assert.ok(Date.now() - start < 2000);
    assert.deepEqual(r.errors, []);
    assert.equal(r.resources.length, 1);
    assert.equal((r.resources[0]!.properties as { labels: { kind: string } }).labels.kind, 'unresolvable');
  });
});
