import type { Provenance } from './provenance.js';
import type { ValueKind } from './value.js';

/**
 * What a rule observed about one value: the property path, the value and where it came from.
 * Lives in the model (not the rule kit) because findings, outputs and the store all carry it.
 */
export interface Evidence {
  /** Property path on the resource, e.g. `publicAccessBlock.blockPublicAcls`. */
  readonly path: string;
  readonly value: unknown;
  readonly kind: ValueKind;
  readonly source: Provenance;
  /** Set when the value is sensitive (user data, environment variables): outputs print `[redacted]`. */
  readonly sensitive?: boolean;
}

/** The verdicts a check can reach. `unknown` is first-class: never read it as pass or fail. */
export type CheckStatus = 'pass' | 'fail' | 'unknown';

/** How to fix what a rule flags, in each medium users work in. */
export interface Remediation {
  /** A CLI command (aws ..., kubectl ...) that fixes it. */
  readonly cli?: string;
  /** A Terraform snippet. */
  readonly terraform?: string;
  /** A CloudFormation snippet. */
  readonly cloudformation?: string;
  /** A Kubernetes manifest snippet. */
  readonly kubernetes?: string;
  /** Console steps. */
  readonly console?: string;
}
