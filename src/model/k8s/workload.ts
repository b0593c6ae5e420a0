import type { Provenance, Resource, Value } from '../core/index.js';

/** Kinds that carry a pod template; each is adapted to its pod spec. */
export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** Which list of the pod spec a container came from. */
export type ContainerRole = 'container' | 'initContainer' | 'ephemeralContainer';

/** A container-level `securityContext`. Fields that inherit from the pod are `null` when not set at this level. */
export interface ContainerSecurityContext {
  /** Default false. */
  readonly privileged: Value<boolean>;
  /** Kubernetes default true (no_new_privs is not set unless asked for). */
  readonly allowPrivilegeEscalation: Value<boolean>;
  /** Default false. */
  readonly readOnlyRootFilesystem: Value<boolean>;
  /** null: not set here (the pod's value, then the image's USER applies). */
  readonly runAsUser: Value<number | null>;
  readonly runAsGroup: Value<number | null>;
  /** null: not set here (the pod's value applies). */
  readonly runAsNonRoot: Value<boolean | null>;
  /** `add`/`drop` as written (upper case, without `CAP_`); empty by default. */
  readonly capabilitiesAdd: Value<readonly string[]>;
  readonly capabilitiesDrop: Value<readonly string[]>;
  /** `RuntimeDefault`, `Localhost`, `Unconfined`; null: not set here (the pod's value applies). */
  readonly seccompProfileType: Value<string | null>;
  /** `Default` or `Unmasked`; default `Default`. */
  readonly procMount: Value<string>;
  /** The `securityContext` block, or the container block when there is none. */
  readonly source: Provenance;
}

/** CPU and memory quantities as written (`500m`, `256Mi`); null when not set. */
export interface ContainerResources {
  readonly limitsCpu: Value<string | null>;
  readonly limitsMemory: Value<string | null>;
  readonly requestsCpu: Value<string | null>;
  readonly requestsMemory: Value<string | null>;
}

export interface ContainerPort {
  readonly containerPort: Value<number>;
  /** null when the port is not bound on the node. */
  readonly hostPort: Value<number | null>;
  /** Default `TCP`. */
  readonly protocol: Value<string>;
  readonly source: Provenance;
}

/** One environment variable. Values are never kept: only where they come from. */
export interface EnvVar {
  readonly name: string;
  /** `value` literal, `secretKeyRef`, `configMapKeyRef`, `fieldRef`, `resourceFieldRef`, or `none`. */
  readonly from: 'value' | 'secret' | 'configMap' | 'field' | 'resourceField' | 'none';
  /** Name of the referenced Secret when `from` is `secret`. */
  readonly secretName?: string;
  readonly source: Provenance;
}

export interface K8sContainer {
  readonly role: ContainerRole;
  readonly name: Value<string>;
  readonly image: Value<string>;
  /** Kubernetes default: `Always` for `:latest` or untagged images, else `IfNotPresent`. */
  readonly imagePullPolicy: Value<string>;
  readonly securityContext: ContainerSecurityContext;
  readonly resources: ContainerResources;
  readonly ports: Value<readonly ContainerPort[]>;
  readonly env: Value<readonly EnvVar[]>;
  /** Secrets imported whole through `envFrom.secretRef`. */
  readonly envFromSecrets: Value<readonly string[]>;
  readonly livenessProbe: Value<boolean>;
  readonly readinessProbe: Value<boolean>;
  /** The container's block. */
  readonly source: Provenance;
}

/** A pod-level `securityContext`. Unset fields are `null` (nothing is imposed), with the block's provenance. */
export interface PodSecurityContext {
  readonly runAsUser: Value<number | null>;
  readonly runAsGroup: Value<number | null>;
  readonly runAsNonRoot: Value<boolean | null>;
  readonly fsGroup: Value<number | null>;
  readonly seccompProfileType: Value<string | null>;
  readonly sysctls: Value<readonly { readonly name: string; readonly value: string }[]>;
  readonly source: Provenance;
}

export interface PodVolume {
  readonly name: string;
  /** The `hostPath.path`, or null for other volume types. */
  readonly hostPath: string | null;
  readonly source: Provenance;
}

/** The pod spec every workload kind is adapted to (a CronJob's `jobTemplate.spec.template.spec`, ...). */
export interface PodSpec {
  readonly hostPID: Value<boolean>;
  readonly hostIPC: Value<boolean>;
  readonly hostNetwork: Value<boolean>;
  readonly volumes: Value<readonly PodVolume[]>;
  /** Default `default`. */
  readonly serviceAccountName: Value<string>;
  /** null: not set on the pod (the service account decides; Kubernetes' default is to mount). */
  readonly automountServiceAccountToken: Value<boolean | null>;
  readonly securityContext: PodSecurityContext;
  readonly containers: readonly K8sContainer[];
  readonly initContainers: readonly K8sContainer[];
  readonly ephemeralContainers: readonly K8sContainer[];
  /** The pod spec block. */
  readonly source: Provenance;
}

export interface K8sWorkloadProperties {
  readonly kind: Value<WorkloadKind>;
  /** Default `default`. */
  readonly namespace: Value<string>;
  readonly name: Value<string>;
  readonly labels: Value<Readonly<Record<string, string>>>;
  readonly annotations: Value<Readonly<Record<string, string>>>;
  /** Labels of the pods it runs (the template's; a Pod's own): what NetworkPolicies select. */
  readonly podLabels: Value<Readonly<Record<string, string>>>;
  readonly podAnnotations: Value<Readonly<Record<string, string>>>;
  readonly pod: PodSpec;
}

export type K8sWorkload = Resource<'k8s.workload', K8sWorkloadProperties>;
