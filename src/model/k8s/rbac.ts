import type { Provenance, Resource, Value } from '../core/index.js';

/** One RBAC policy rule, lists as written (`*` kept verbatim). */
export interface RbacRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
  readonly source: Provenance;
}

/** A Role (namespaced) or a ClusterRole (`namespace` is then a default empty string). */
export interface K8sRoleProperties {
  readonly namespace: Value<string>;
  readonly name: Value<string>;
  readonly rules: Value<readonly RbacRule[]>;
}
export type K8sRole = Resource<'k8s.role', K8sRoleProperties>;
export type K8sClusterRole = Resource<'k8s.cluster-role', K8sRoleProperties>;

export interface RoleRef {
  readonly kind: string;
  readonly name: string;
  readonly apiGroup: string;
}

export interface RbacSubject {
  /** `User`, `Group` or `ServiceAccount`. */
  readonly kind: string;
  readonly name: string;
  /** Service accounts only; empty otherwise. */
  readonly namespace: string;
  readonly source: Provenance;
}

/** A RoleBinding or a ClusterRoleBinding (`namespace` then a default empty string). */
export interface K8sRoleBindingProperties {
  readonly namespace: Value<string>;
  readonly name: Value<string>;
  readonly roleRef: Value<RoleRef>;
  readonly subjects: Value<readonly RbacSubject[]>;
}
export type K8sRoleBinding = Resource<'k8s.role-binding', K8sRoleBindingProperties>;
export type K8sClusterRoleBinding = Resource<'k8s.cluster-role-binding', K8sRoleBindingProperties>;
