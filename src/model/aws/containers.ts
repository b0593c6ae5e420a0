/**
 * Amazon ECS (task definitions, clusters, services) and AWS Backup (vaults, plans, and a per-region record of
 * the plans that exist). ECS containers keep one `Value` per setting so that a Terraform variable in one
 * container's `user` leaves only that setting unknown, and a finding points at the container that set it.
 */
import type { Resource, Value } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

/** A secret an ECS container receives from Secrets Manager or Parameter Store (only the reference is stored). */
export interface EcsContainerSecret {
  readonly name: string;
  /** ARN (or parameter name) of the secret. */
  readonly valueFrom: string;
}

export interface EcsPortMapping {
  readonly containerPort: number | null;
  readonly hostPort: number | null;
  readonly protocol: string;
}

/** One container of a task definition. */
export interface EcsContainerDefinition {
  readonly name: string;
  readonly image: Value<string | null>;
  /** Full access to the host's devices and kernel; false unless set. */
  readonly privileged: Value<boolean>;
  /** `user`, `user:group`, a uid or uid:gid; null when unset (the image's user, usually root). */
  readonly user: Value<string | null>;
  readonly readonlyRootFilesystem: Value<boolean>;
  /** Plain environment variables by name. Values may be credentials: evidence marks them sensitive. */
  readonly environment: Value<Readonly<Record<string, string>>>;
  readonly secrets: Value<readonly EcsContainerSecret[]>;
  readonly portMappings: Value<readonly EcsPortMapping[]>;
  /** `awslogs`, `awsfirelens`, `splunk`, ...; null when the container has no log configuration. */
  readonly logDriver: Value<string | null>;
  /** Linux capabilities added with `linuxParameters.capabilities.add` (upper case, without `CAP_`). */
  readonly capabilitiesAdded: Value<readonly string[]>;
}

export interface EcsTaskDefinitionProperties {
  readonly family: Value<string>;
  /** Revision number; unresolvable in IaC (assigned at registration). */
  readonly revision: Value<number>;
  /** `awsvpc`, `bridge`, `host` or `none`. */
  readonly networkMode: Value<string>;
  /** uid of the task role (an IAM role ARN live; the role's address in IaC when it is declared there). */
  readonly taskRoleArn: Value<string | null>;
  readonly executionRoleArn: Value<string | null>;
  readonly containers: Value<readonly EcsContainerDefinition[]>;
}
export type EcsTaskDefinition = Resource<'aws.ecs.task-definition', EcsTaskDefinitionProperties>;

export interface EcsClusterProperties {
  /** The `containerInsights` cluster setting: `enabled`, `enhanced` or `disabled`. */
  readonly containerInsights: Value<string>;
}
export type EcsCluster = Resource<'aws.ecs.cluster', EcsClusterProperties>;

export interface EcsServiceProperties {
  /** uid (ARN or IaC address) of the cluster; null for the default cluster. */
  readonly cluster: Value<string | null>;
  /** `FARGATE`, `EC2`, `EXTERNAL`; null when a capacity provider strategy decides. */
  readonly launchType: Value<string | null>;
  readonly taskDefinition: Value<string | null>;
  /** Whether tasks in awsvpc mode get a public IP (`assignPublicIp = ENABLED`). */
  readonly assignPublicIp: Value<boolean>;
}
export type EcsService = Resource<'aws.ecs.service', EcsServiceProperties>;

export interface BackupVaultProperties {
  /** KMS key ARN encrypting recovery points; null or an `alias/aws/backup` key means the AWS managed key. */
  readonly encryptionKeyArn: Value<string | null>;
  /** Whether the key is customer managed (false for the AWS managed `aws/backup` key). */
  readonly customerManagedKey: Value<boolean>;
  /** Whether AWS Backup Vault Lock is configured (governance or compliance mode). */
  readonly locked: Value<boolean>;
  readonly accessPolicy: Value<PolicyDocument | null>;
}
export type BackupVault = Resource<'aws.backup.vault', BackupVaultProperties>;

export interface BackupCopyAction {
  readonly destinationVaultArn: string;
  readonly deleteAfterDays: number | null;
}

export interface BackupPlanRule {
  readonly name: string;
  readonly targetVault: string;
  readonly schedule: string | null;
  /** Days after which recovery points are deleted; null when they are kept until deleted by hand. */
  readonly deleteAfterDays: number | null;
  readonly copyActions: readonly BackupCopyAction[];
}

export interface BackupSelection {
  readonly name: string;
  readonly iamRoleArn: string;
  /** Resource ARNs (or `*` patterns) selected by ARN. */
  readonly resources: readonly string[];
  /** `key=value` tag conditions (`StringEquals` selections). */
  readonly tags: readonly { readonly key: string; readonly value: string }[];
}

export interface BackupPlanProperties {
  readonly rules: Value<readonly BackupPlanRule[]>;
  readonly selections: Value<readonly BackupSelection[]>;
}
export type BackupPlan = Resource<'aws.backup.plan', BackupPlanProperties>;

/**
 * AWS Backup in one account and region, as the live collector saw it: the plans that exist there. It makes
 * "no plan at all" a judgeable fact (unknown when the listing failed) rather than an absence.
 */
export interface BackupRegionProperties {
  /** uids of the backup plans in the region. */
  readonly plans: Value<readonly string[]>;
}
export type BackupRegion = Resource<'aws.backup.region', BackupRegionProperties>;
