import type { Resource, Value } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

export interface LambdaFunctionProperties {
  readonly functionName: Value<string>;
  readonly runtime: Value<string | null>;
  /** uid (IaC) or ARN (live) of the execution role. */
  readonly role: Value<string>;
  /** Environment variables; rules look for secrets in them, outputs must redact values. */
  readonly environment: Value<Readonly<Record<string, string>>>;
  /** The resource-based policy (live GetPolicy; IaC: aws_lambda_permission resources joined as statements), or null. */
  readonly policy: Value<PolicyDocument | null>;
  readonly tracingMode: Value<string>;
  readonly inVpc: Value<boolean>;
  readonly kmsKeyArn: Value<string | null>;
  readonly deadLetterTarget: Value<string | null>;
  readonly reservedConcurrency: Value<number | null>;
}
export type LambdaFunction = Resource<'aws.lambda.function', LambdaFunctionProperties>;

export interface LambdaFunctionUrlProperties {
  /** uid of the function. */
  readonly functionId: Value<string>;
  /** `NONE` (public) or `AWS_IAM`. */
  readonly authType: Value<string>;
  readonly corsAllowOrigins: Value<readonly string[]>;
}
export type LambdaFunctionUrl = Resource<'aws.lambda.function-url', LambdaFunctionUrlProperties>;

export interface EksClusterProperties {
  readonly version: Value<string>;
  readonly endpointPublicAccess: Value<boolean>;
  readonly endpointPrivateAccess: Value<boolean>;
  readonly publicAccessCidrs: Value<readonly string[]>;
  readonly enabledLogTypes: Value<readonly string[]>;
  /** Whether Kubernetes secrets are envelope-encrypted with a KMS key. */
  readonly secretsEncryption: Value<boolean>;
}
export type EksCluster = Resource<'aws.eks.cluster', EksClusterProperties>;

export interface EcrRepositoryProperties {
  readonly scanOnPush: Value<boolean>;
  /** `MUTABLE` or `IMMUTABLE`. */
  readonly imageTagMutability: Value<string>;
  /** `AES256` or `KMS`. */
  readonly encryptionType: Value<string>;
  readonly policy: Value<PolicyDocument | null>;
  /** Whether a lifecycle policy expires images (untagged or old ones) automatically. */
  readonly lifecyclePolicy: Value<boolean>;
}
export type EcrRepository = Resource<'aws.ecr.repository', EcrRepositoryProperties>;

/** One image in an ECR repository, with the summary of its latest vulnerability scan. */
export interface EcrImageProperties {
  /** uid of the repository. */
  readonly repositoryId: Value<string>;
  /** `sha256:…`. */
  readonly digest: Value<string>;
  readonly tags: Value<readonly string[]>;
  /** ISO-8601 push time. */
  readonly pushedAt: Value<string | null>;
  /** `COMPLETE`, `FAILED`, `IN_PROGRESS`, …, or null when the image was never scanned. */
  readonly scanStatus: Value<string | null>;
  /** Findings per severity (`CRITICAL`, `HIGH`, …) of the latest scan, or null when there is no completed scan. */
  readonly findingSeverityCounts: Value<Readonly<Record<string, number>> | null>;
}
export type EcrImage = Resource<'aws.ecr.image', EcrImageProperties>;
