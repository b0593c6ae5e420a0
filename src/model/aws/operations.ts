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
