import type { Resource, Value } from '../core/index.js';

/**
 * An instance managed by AWS Systems Manager (an EC2 instance or a hybrid `mi-` node), with its latest patch
 * compliance from Patch Manager. Live discovery only. The uid is SSM's own
 * (`arn:aws:ssm:<region>:<account>:managed-instance/<id>`); `instanceUid` links to the EC2 instance resource.
 */
export interface SsmManagedInstanceProperties {
  readonly instanceId: Value<string>;
  /** uid of the EC2 instance (`arn:aws:ec2:<region>:<account>:instance/<id>`), null for hybrid managed nodes. */
  readonly instanceUid: Value<string | null>;
  /** `Online`, `ConnectionLost`, `Inactive`. */
  readonly pingStatus: Value<string>;
  readonly lastPingTime: Value<string | null>;
  /** `Linux`, `Windows`, `MacOS`. */
  readonly platformType: Value<string | null>;
  readonly platformName: Value<string | null>;
  readonly agentVersion: Value<string | null>;
  readonly agentLatest: Value<boolean | null>;
  /** Whether Patch Manager has reported a patch state for the instance at all. */
  readonly patchStateReported: Value<boolean>;
  /** Patches applicable but not installed (null when no patch state was reported). */
  readonly missingPatchCount: Value<number | null>;
  readonly failedPatchCount: Value<number | null>;
  /** Non-compliant patches classified critical (CriticalNonCompliantCount). */
  readonly criticalNonCompliantCount: Value<number | null>;
  readonly securityNonCompliantCount: Value<number | null>;
  /** End time of the last patch operation (ISO-8601), or null. */
  readonly lastPatchOperationTime: Value<string | null>;
  /** `Scan` or `Install`, or null. */
  readonly lastPatchOperation: Value<string | null>;
}
export type SsmManagedInstance = Resource<'aws.ssm.managed-instance', SsmManagedInstanceProperties>;

/** A package named by a vulnerability finding. */
export interface VulnerablePackage {
  readonly name: string;
  readonly version: string;
  /** Version that fixes it, or null when no fix is published. */
  readonly fixedInVersion: string | null;
  readonly packageManager: string | null;
}

/**
 * An Amazon Inspector finding (package or code vulnerability, network reachability) on an EC2 instance, an ECR
 * image or a Lambda function. The uid is the finding ARN; `resourceUid` uses the uids the EC2, ECR and Lambda
 * collectors use, so graph and rules can join a CVE to the exposed resource.
 */
export interface Inspector2FindingProperties {
  /** `PACKAGE_VULNERABILITY`, `CODE_VULNERABILITY`, `NETWORK_REACHABILITY`. */
  readonly findingType: Value<string>;
  readonly title: Value<string | null>;
  /** CVE or other vulnerability id, null for network reachability findings. */
  readonly vulnerabilityId: Value<string | null>;
  /** `CRITICAL`, `HIGH`, `MEDIUM`, `LOW`, `INFORMATIONAL`, `UNTRIAGED`. */
  readonly severity: Value<string>;
  /** Base CVSS score (the highest one Inspector lists), or null. */
  readonly cvssScore: Value<number | null>;
  /** Inspector's environment-adjusted score, or null. */
  readonly inspectorScore: Value<number | null>;
  /** A public exploit is known (null when Inspector does not say). */
  readonly exploitAvailable: Value<boolean | null>;
  /** `YES`, `NO`, `PARTIAL`, or null when Inspector does not say. */
  readonly fixAvailable: Value<string | null>;
  readonly packages: Value<readonly VulnerablePackage[]>;
  /** `ACTIVE`, `SUPPRESSED`, `CLOSED`. */
  readonly status: Value<string>;
  /** `AWS_EC2_INSTANCE`, `AWS_ECR_CONTAINER_IMAGE`, `AWS_ECR_REPOSITORY`, `AWS_LAMBDA_FUNCTION`. */
  readonly resourceType: Value<string>;
  /** uid of the affected resource: EC2 instance ARN-like uid, `arn:aws:ecr:…:repository/<repo>@<digest>`, Lambda function ARN. */
  readonly resourceUid: Value<string>;
  readonly firstObservedAt: Value<string | null>;
  readonly lastObservedAt: Value<string | null>;
}
export type Inspector2Finding = Resource<'aws.inspector2.finding', Inspector2FindingProperties>;

/**
 * Amazon Inspector scanning status for one account and region, emitted even when Inspector is off (so rules
 * judge absence). uid `arn:aws:inspector2:<region>:<account>:coverage`.
 */
export interface Inspector2CoverageProperties {
  /** The account's Inspector status is `ENABLED`. */
  readonly enabled: Value<boolean>;
  readonly ec2Scanning: Value<boolean>;
  readonly ecrScanning: Value<boolean>;
  readonly lambdaScanning: Value<boolean>;
  readonly lambdaCodeScanning: Value<boolean>;
}
export type Inspector2Coverage = Resource<'aws.inspector2.coverage', Inspector2CoverageProperties>;
