import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IacProvenance, Resource, Value } from '../../../model/core/index.js';
import type { K8sRoleBindingProperties, K8sRoleProperties, K8sWorkloadProperties, K8sNetworkPolicyProperties, K8sServiceProperties } from '../../../model/k8s/index.js';
import { emptyResult, type IacSourceResult } from '../types.js';
import { isKubernetesManifest, scanKubernetes, scanKubernetesText } from './index.js';

function scan(text: string, file = 'm.yaml'): IacSourceResult {
  const r = emptyResult('kubernetes');
  scanKubernetesText(file, text, r);
  return r;
}
const lines = (v: { source: unknown }) => {
  const s = v.source as IacProvenance;
  return [s.startLine, s.endLine];
};
const wl = (r: Resource) => r.properties as K8sWorkloadProperties;

const CONTAINER = `name: app
image: example/app:1.0
securityContext:
  privileged: true`;
function indent(text: string, n: number): string {
  return text.split('\n').map((l, i) => (i === 0 ? l : ' '.repeat(n) + l)).join('\n');
}

/** Each workload kind with its pod spec at a different depth; the container starts on `line`. */
const KINDS: { kind: string; text: string; line: number }[] = [
  { kind: 'Pod', line: 6, text: `apiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n    - ${indent(CONTAINER, 6)}\n` },
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'].map((kind) => ({
    kind,
    line: 8,
    text: `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: w}\nspec:\n  template:\n    spec:\n      containers:\n        - ${indent(CONTAINER, 10)}\n`,
  })),
  {
    kind: 'CronJob',
    line: 11,
    text: `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: w}\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - ${indent(CONTAINER, 14)}\n`,
  },
];

describe('kubernetes source: workloads', () => {
  for (const k of KINDS) {
    it(`adapts a ${k.kind} to its pod spec with exact lines`, () => {
      const r = scan(k.text);
      assert.deepEqual(r.errors, []);
      assert.equal(r.resources.length, 1);
      const res = r.resources[0]!;
      assert.equal(res.type, 'k8s.workload');
      assert.equal(res.uid, `m.yaml#${k.kind}/default/w`);
      const c = wl(res).pod.containers[0]!;
      assert.equal(wl(res).kind.value, k.kind);
      assert.equal(c.name.value, 'app');
      assert.deepEqual(lines(c), [k.line, k.line + 3]);
      assert.deepEqual(lines(c.image), [k.line + 1, k.line + 1]);
      assert.equal(c.securityContext.privileged.kind, 'explicit');
      assert.equal(c.securityContext.privileged.value, true);
      assert.deepEqual(lines(c.securityContext.privileged), [k.line + 3, k.line + 3]);
      // Absent → the Kubernetes default, pointing at the nearest enclosing block.
      assert.equal(c.securityContext.readOnlyRootFilesystem.kind, 'default');
      assert.equal(c.securityContext.readOnlyRootFilesystem.value, false);
      assert.deepEqual(lines(c.securityContext.readOnlyRootFilesystem), [k.line + 2, k.line + 3]);
      assert.equal(c.securityContext.allowPrivilegeEscalation.value, true);
      assert.equal(c.imagePullPolicy.value, 'IfNotPresent');
      assert.deepEqual(res.origin, { kind: 'iac', framework: 'kubernetes', file: 'm.yaml', startLine: 1, endLine: k.line + 3, address: `${k.kind}/default/w` });
    });
  }

  it('reads every pod-spec field the rules use', () => {
    const r = scan(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels: {app: web}
spec:
  template:
    metadata:
      labels: {app: web, tier: front}
      annotations: {a: b}
    spec:
      hostPID: true
      hostIPC: false
      hostNetwork: yes
      serviceAccountName: web
      automountServiceAccountToken: false
      securityContext:
        runAsUser: 1000
        runAsNonRoot: true
        fsGroup: 2000
        seccompProfile: {type: RuntimeDefault}
        sysctls: [{name: net.ipv4.ip_forward, value: "1"}]
      volumes:
        - name: host
          hostPath: {path: /var/run/docker.sock}
        - name: tmp
          emptyDir: {}
      initContainers:
        - name: init
          image: busybox
      containers:
        - name: app
          image: nginx:latest
          imagePullPolicy: IfNotPresent
          securityContext:
            runAsUser: 0
            capabilities: {add: [cap_sys_admin], drop: [ALL]}
            procMount: Unmasked
          resources:
            limits: {cpu: 1, memory: 128Mi}
          ports:
            - {containerPort: 80, hostPort: 8080}
          env:
            - {name: A, value: x}
            - name: PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: pw}}
          envFrom:
            - secretRef: {name: all}
          livenessProbe: {httpGet: {path: /, port: 80}}
      ephemeralContainers:
        - name: debug
          image: busybox:1.36
`);
    assert.deepEqual(r.errors, []);
    const w = wl(r.resources[0]!);
    assert.equal(r.resources[0]!.uid, 'm.yaml#Deployment/shop/web');
    assert.deepEqual(w.podLabels.value, { app: web(), tier: 'front' });
    assert.equal(w.pod.hostPID.value, true);
    assert.equal(w.pod.hostIPC.kind, 'explicit');
    assert.equal(w.pod.hostNetwork.value, true, 'YAML 1.1 yes is a boolean, as Kubernetes reads it');
    assert.equal(w.pod.serviceAccountName.value, 'web');
    assert.equal(w.pod.automountServiceAccountToken.value, false);
    assert.equal(w.pod.securityContext.runAsUser.value, 1000);
    assert.equal(w.pod.securityContext.runAsNonRoot.value, true);
    assert.equal(w.pod.securityContext.fsGroup.value, 2000);
    assert.equal(w.pod.securityContext.seccompProfileType.value, 'RuntimeDefault');
    assert.deepEqual(w.pod.securityContext.sysctls.value, [{ name: 'net.ipv4.ip_forward', value: '1' }]);
    assert.deepEqual(w.pod.volumes.value?.map((v) => [v.name, v.hostPath, v.source.kind === 'iac' ? v.source.startLine : 0]), [['host', '/var/run/docker.sock', 26], ['tmp', null, 27]]);
    assert.deepEqual([w.pod.initContainers.length, w.pod.containers.length, w.pod.ephemeralContainers.length], [1, 1, 1]);
    assert.equal(w.pod.initContainers[0]!.role, 'initContainer');
    assert.equal(w.pod.initContainers[0]!.imagePullPolicy.value, 'Always', 'untagged image pulls Always by default');
    assert.equal(w.pod.ephemeralContainers[0]!.role, 'ephemeralContainer');
    const c = w.pod.containers[0]!;
    assert.equal(c.securityContext.runAsUser.value, 0);
    assert.deepEqual(c.securityContext.capabilitiesAdd.value, ['SYS_ADMIN']);
    assert.deepEqual(c.securityContext.capabilitiesDrop.value, ['ALL']);
    assert.equal(c.securityContext.procMount.value, 'Unmasked');
    assert.equal(c.securityContext.runAsNonRoot.value, null, 'unset at container level: the pod decides');
    assert.equal(c.resources.limitsCpu.value, '1');
    assert.equal(c.resources.limitsMemory.value, '128Mi');
    assert.equal(c.resources.requestsCpu.value, null);
    assert.equal(c.imagePullPolicy.value, 'IfNotPresent');
    assert.equal(c.ports.value?.[0]?.hostPort.value, 8080);
    assert.deepEqual(c.env.value?.map((e) => [e.name, e.from, e.secretName]), [['A', 'value', undefined], ['PASSWORD', 'secret', 'db']]);
    assert.deepEqual(c.envFromSecrets.value, ['all']);
    assert.equal(c.livenessProbe.value, true);
    assert.equal(c.readinessProbe.kind, 'default');
  });

  it('keeps template expressions and wrong types unresolvable, never pass or fail', () => {
    const r = scan(`apiVersion: v1
kind: Pod
metadata: {name: p, namespace: "{{ .Release.Namespace }}"}
spec:
  hostNetwork: "{{ .Values.hostNetwork }}"
  hostPID: 7
  containers:
    - name: app
      image: "{{ .Values.image }}"
`);
    const w = wl(r.resources[0]!);
    assert.equal(w.pod.hostNetwork.kind, 'unresolvable');
    assert.match(w.pod.hostNetwork.reason ?? '', /template expression/);
    assert.equal(w.pod.hostPID.kind, 'unresolvable');
    assert.equal(w.namespace.kind, 'unresolvable');
    assert.equal(w.pod.containers[0]!.image.kind, 'unresolvable');
    assert.equal(w.pod.containers[0]!.imagePullPolicy.kind, 'unresolvable');
  });

  it('follows anchors and merge keys', () => {
    const r = scan(`apiVersion: v1
kind: Pod
metadata:
  name: a
  labels: &l {app: a}
spec:
  containers:
    - &base
      name: c
      image: nginx:1
      securityContext:
        privileged: true
    - <<: *base
      name: d
`);
    const cs = wl(r.resources[0]!).pod.containers;
    assert.deepEqual(cs.map((c) => [c.name.value, c.image.value, c.securityContext.privileged.value]), [['c', 'nginx:1', true], ['d', 'nginx:1', true]]);
  });
});

function web(): string {
  return 'web';
}

describe('kubernetes source: documents, lists, errors', () => {
  it('scans every document of a multi-document file with its own lines', () => {
    const r = scan(`apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
# a comment document has no object
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  type: NodePort
  ports: [{port: 80, nodePort: 30080}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: not-modelled}
---
plain: yaml without apiVersion
`);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.resources.map((x) => [x.uid, x.type, x.origin.kind === 'iac' ? [x.origin.startLine, x.origin.endLine] : []]), [
      ['m.yaml#Namespace/shop', 'k8s.namespace', [1, 4]],
      ['m.yaml#Service/shop/web', 'k8s.service', [8, 13]],
    ]);
    const svc = r.resources[1]!.properties as K8sServiceProperties;
    assert.equal(svc.type.value, 'NodePort');
    assert.equal(svc.ports.value?.[0]?.nodePort.value, 30080);
  });

  it('expands kind: List and typed lists (kubectl get -o yaml)', () => {
    const r = scan(`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      containers: [{name: c, image: x:1}]
  - apiVersion: apps/v1
    kind: DeploymentList
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: {name: b, namespace: n}
        spec: {template: {spec: {containers: [{name: c, image: y:2}]}}}
`);
    assert.deepEqual(r.resources.map((x) => [x.uid, x.source.kind === 'iac' ? [x.source.startLine, x.source.endLine] : []]), [
      ['m.yaml#Pod/default/a', [4, 8]],
      ['m.yaml#Deployment/n/b', [12, 15]],
    ]);
  });

  it('reports a syntax error in one document with file, line and column, and scans the others', () => {
    const r = scan(`apiVersion: v1
kind: Pod
metadata: {name: ok}
---
apiVersion: v1
kind: Pod
metadata:
  name: broken
   bad: indent
---
apiVersion: v1
kind: Namespace
metadata: {name: after}
`);
    assert.equal(r.errors.length >= 1, true);
    assert.equal(r.errors[0]!.file, 'm.yaml');
    // The parser flags the scalar that swallowed the mis-indented key: `broken` on line 8.
    assert.deepEqual([r.errors[0]!.line, r.errors[0]!.column], [8, 9]);
    assert.match(r.errors[0]!.message, /mapping|key/i);
    assert.deepEqual(r.resources.map((x) => x.uid), ['m.yaml#Pod/default/ok', 'm.yaml#Namespace/after']);
    assert.deepEqual(r.filesFailed, ['m.yaml']);
    assert.deepEqual(r.filesScanned, ['m.yaml'], 'partly parsed files still count as scanned');
  });

  it('reads JSON manifests, tabs included, with lines', () => {
    const r = scan('{\n\t"apiVersion": "v1",\n\t"kind": "Pod",\n\t"metadata": {"name": "p"},\n\t"spec": {\n\t\t"hostPID": true,\n\t\t"containers": [\n\t\t\t{"name": "c", "image": "nginx"}\n\t\t]\n\t}\n}\n', 'p.json');
    assert.deepEqual(r.errors, []);
    const w = wl(r.resources[0]!);
    assert.equal(w.pod.hostPID.value, true);
    assert.deepEqual(lines(w.pod.hostPID), [6, 6]);
    assert.deepEqual(lines(w.pod.containers[0]!.image), [8, 8]);
  });

  it('gives repeated ids a suffix and cluster-scoped kinds no namespace', () => {
    const doc = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules: [{apiGroups: [""], resources: [pods], verbs: ["*"]}]\n';
    const r = scan(`${doc}---\n${doc}---\n${doc}`);
    assert.deepEqual(r.resources.map((x) => x.uid), ['m.yaml#ClusterRole/r', 'm.yaml#ClusterRole/r[2]', 'm.yaml#ClusterRole/r[3]']);
    const role = r.resources[0]!.properties as K8sRoleProperties;
    assert.deepEqual(role.rules.value?.map((x) => [x.apiGroups, x.resources, x.verbs]), [[[''], ['pods'], ['*']]]);
    assert.equal(role.namespace.value, '');
  });

  it('adapts RBAC bindings, NetworkPolicies and service accounts', () => {
    const r = scan(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: b}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects:
  - {kind: ServiceAccount, name: ci, namespace: ci}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np, namespace: shop}
spec:
  podSelector:
    matchLabels: {app: web}
    matchExpressions: [{key: tier, operator: In, values: [front]}]
  egress: [{}]
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: sa, namespace: shop}
automountServiceAccountToken: false
`);
    const [b, np, sa] = r.resources;
    assert.equal(b!.type, 'k8s.cluster-role-binding');
    const bp = b!.properties as K8sRoleBindingProperties;
    assert.deepEqual(bp.roleRef.value, { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' });
    assert.deepEqual(bp.subjects.value?.map((s) => [s.kind, s.name, s.namespace]), [['ServiceAccount', 'ci', 'ci']]);
    const npp = np!.properties as K8sNetworkPolicyProperties;
    assert.deepEqual(npp.podSelector.value, { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] });
    assert.deepEqual(npp.policyTypes.value, ['Ingress', 'Egress']);
    assert.equal(sa!.type, 'k8s.service-account');
    assert.equal((sa!.properties as { automountServiceAccountToken: Value<boolean | null> }).automountServiceAccountToken.value, false);
  });

  it('keeps YAML 1.1 booleans written into string fields as their text, as Kubernetes does', () => {
    const r = scan('apiVersion: v1\nkind: Pod\nmetadata:\n  name: on\n  namespace: no\n  labels: {enabled: yes, port: 0755}\nspec: {containers: []}\n');
    assert.equal(r.resources[0]!.uid, 'm.yaml#Pod/no/on');
    assert.deepEqual(wl(r.resources[0]!).labels.value, { enabled: 'yes', port: '0755' });
  });

  it('names objects without metadata.name and keeps generateName visible', () => {
    const r = scan('apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: migrate-}\nspec: {template: {spec: {containers: [{name: c, image: m:1}]}}}\n');
    assert.equal(r.resources[0]!.uid, 'm.yaml#Job/default/migrate-');
    assert.equal(wl(r.resources[0]!).name.kind, 'unresolvable');
  });

  it('collects cloudwarden:ignore comments', () => {
    const r = scan('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true # cloudwarden:ignore k8s-pod-host-pid node agent\n  containers: []\n');
    assert.deepEqual(r.suppressions, [{ file: 'm.yaml', line: 5, ruleId: 'k8s-pod-host-pid', reason: 'node agent' }]);
  });

  it('recognises manifests and nothing else', () => {
    assert.equal(isKubernetesManifest('apiVersion: v1\nkind: Pod\n'), true);
    assert.equal(isKubernetesManifest('foo: 1\n---\n{"apiVersion": "v1", "kind": "List", "items": []}'), true);
    assert.equal(isKubernetesManifest('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'), false);
    assert.equal(isKubernetesManifest('apiVersion: v1\n'), false);
    assert.equal(isKubernetesManifest('kind: Pod\napiVersion: [1]\n'), false);
    assert.equal(isKubernetesManifest(''), false);
  });
});

describe('scanKubernetes (files)', () => {
  it('reads files, reports unreadable ones and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-k8s-'));
    const good = join(dir, 'pod.yaml');
    writeFileSync(good, '\uFEFFapiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: n:1}]}\n');
    const missing = join(dir, 'missing.yaml');
    const r = await scanKubernetes([missing, good]);
    assert.equal(r.framework, 'kubernetes');
    assert.deepEqual(r.filesScanned, [good]);
    assert.deepEqual(r.filesFailed, [missing]);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.file, missing);
    assert.deepEqual(r.resources.map((x) => x.uid), [`${good}#Pod/default/p`]);
    assert.equal(r.resources[0]!.source.kind === 'iac' && r.resources[0]!.source.startLine, 1);
  });
});
