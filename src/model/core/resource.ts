import type { Provenance } from './provenance.js';
import type { Value } from './value.js';

export const PROVIDERS = ['aws', 'azure', 'gcp', 'k8s'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Where a resource was discovered. */
export type Origin = IacOrigin | LiveOrigin | ImportOrigin;

export interface IacOrigin {
  readonly kind: 'iac';
  readonly framework: 'terraform' | 'terraform-plan' | 'cloudformation' | 'kubernetes';
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Source address: `module.net.aws_security_group.web["a"]`, a CloudFormation logical id, `Deployment/ns/name`. */
  readonly address: string;
}

export interface LiveOrigin {
  readonly kind: 'live';
  /** The API call that listed the resource, e.g. `s3:ListBuckets`. */
  readonly call: string;
}

export interface ImportOrigin {
  readonly kind: 'import';
  readonly format: string;
  readonly file: string;
}

/**
 * One resource of the normalized model. `P` is the typed property bag for its type
 * (see model/aws/*.ts). Relations to other resources are uids stored in properties.
 */
export interface Resource<TType extends string = string, P = unknown> {
  /** Stable id: the ARN (or provider id) for live resources, the source address for IaC. */
  readonly uid: string;
  /** Model type, `<provider>.<service>.<kind>`, e.g. `aws.s3.bucket`. */
  readonly type: TType;
  readonly provider: Provider;
  readonly account?: string;
  readonly region?: string;
  readonly name: string;
  readonly tags: Value<Readonly<Record<string, string>>>;
  readonly properties: P;
  readonly origin: Origin;
  /** Provenance of the whole resource (its block for IaC): where a finding points when an attribute is missing. */
  readonly source: Provenance;
}
