import type { Provenance, Resource, Value } from '../core/index.js';

/** A label selector. An empty selector (no labels, no expressions) selects everything. */
export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly { readonly key: string; readonly operator: string; readonly values: readonly string[] }[];
}

export interface K8sNamespaceProperties {
  readonly name: Value<string>;
  readonly labels: Value<Readonly<Record<string, string>>>;
}
export type K8sNamespace = Resource<'k8s.namespace', K8sNamespaceProperties>;

export interface K8sNetworkPolicyProperties {
  readonly namespace: Value<string>;
  readonly name: Value<string>;
  readonly podSelector: Value<LabelSelector>;
  /** Default `['Ingress']`, plus `Egress` when egress rules are present. */
  readonly policyTypes: Value<readonly string[]>;
}
export type K8sNetworkPolicy = Resource<'k8s.network-policy', K8sNetworkPolicyProperties>;

export interface ServicePort {
  readonly port: Value<number>;
  readonly nodePort: Value<number | null>;
  readonly protocol: Value<string>;
  readonly source: Provenance;
}

export interface K8sServiceProperties {
  readonly namespace: Value<string>;
  readonly name: Value<string>;
  /** Default `ClusterIP`. */
  readonly type: Value<string>;
  readonly ports: Value<readonly ServicePort[]>;
  readonly selector: Value<Readonly<Record<string, string>>>;
}
export type K8sService = Resource<'k8s.service', K8sServiceProperties>;

export interface K8sServiceAccountProperties {
  readonly namespace: Value<string>;
  readonly name: Value<string>;
  /** null when not set (Kubernetes mounts the token by default). */
  readonly automountServiceAccountToken: Value<boolean | null>;
}
export type K8sServiceAccount = Resource<'k8s.service-account', K8sServiceAccountProperties>;
