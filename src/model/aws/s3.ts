import type { Resource, Value } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

/** The four S3 Block Public Access switches. When none is configured each is `default` false. */
export interface PublicAccessBlockSettings {
  readonly blockPublicAcls: Value<boolean>;
  readonly ignorePublicAcls: Value<boolean>;
  readonly blockPublicPolicy: Value<boolean>;
  readonly restrictPublicBuckets: Value<boolean>;
}

/** One ACL grant. `grantee` is a canonical user id, an email, or a group URI (AllUsers, AuthenticatedUsers, LogDelivery). */
export interface AclGrant {
  readonly grantee: string;
  readonly granteeType: 'CanonicalUser' | 'Group' | 'AmazonCustomerByEmail';
  readonly permission: 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP';
}

export interface S3BucketProperties {
  readonly bucketName: Value<string>;
  /** Canned ACL (`private`, `public-read`, ...) when one was set; `private` by default. */
  readonly cannedAcl: Value<string>;
  /** Explicit grants (live: GetBucketAcl; IaC: access_control_policy / grant blocks). */
  readonly grants: Value<readonly AclGrant[]>;
  /** Object ownership `BucketOwnerEnforced` disables ACLs altogether. */
  readonly objectOwnership: Value<string>;
  readonly publicAccessBlock: PublicAccessBlockSettings;
  /** The bucket policy, or null when the bucket has none. */
  readonly policy: Value<PolicyDocument | null>;
  /**
   * S3's own verdict that the policy is public (GetBucketPolicyStatus; false without a policy). Live
   * discovery only: IaC sources leave it out, so rules must not rely on it being present.
   */
  readonly policyPublic?: Value<boolean>;
  /** Default encryption algorithm: `AES256`, `aws:kms`, `aws:kms:dsse`. AWS applies AES256 when none is set. */
  readonly encryptionAlgorithm: Value<string>;
  /** KMS key of default encryption, null for SSE-S3 or when unset. */
  readonly encryptionKmsKeyId: Value<string | null>;
  readonly versioningEnabled: Value<boolean>;
  readonly mfaDeleteEnabled: Value<boolean>;
  /** Server access logging target bucket, or null when logging is off. */
  readonly loggingTargetBucket: Value<string | null>;
  readonly objectLockEnabled: Value<boolean>;
  readonly lifecycleRuleCount: Value<number>;
  readonly replicationEnabled: Value<boolean>;
}

export type S3Bucket = Resource<'aws.s3.bucket', S3BucketProperties>;

/** The account-level S3 Block Public Access setting (one per account). */
export type S3AccountPublicAccessBlockProperties = PublicAccessBlockSettings;

export type S3AccountPublicAccessBlock = Resource<'aws.s3.account-public-access-block', S3AccountPublicAccessBlockProperties>;

/**
 * An S3 access point: a named network endpoint to one bucket, with its own policy and Block Public Access
 * switches (all on unless the creator turned some off; they cannot be changed afterwards). S3 honours the
 * most restrictive of the access point's, the bucket's and the account's switches.
 */
export interface S3AccessPointProperties {
  readonly accessPointName: Value<string>;
  /** Name of the bucket the access point serves. */
  readonly bucketName: Value<string>;
  /** `Internet`, or `VPC` when the access point only accepts requests from one VPC. */
  readonly networkOrigin: Value<string>;
  readonly publicAccessBlock: PublicAccessBlockSettings;
  /** The access point policy, or null when it has none. */
  readonly policy: Value<PolicyDocument | null>;
}

export type S3AccessPoint = Resource<'aws.s3.access-point', S3AccessPointProperties>;
