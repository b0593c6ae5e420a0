/**
 * Bucket resolution and the S3 answers that come before any operation: AccessDenied (world credential
 * denials, or a bucket owned by another account), NoSuchBucket, and the 301 PermanentRedirect S3 gives
 * when a bucket is addressed through another region's endpoint.
 */
import { SimError, type CallContext } from '../../service.js';
import type { S3BucketState } from './world.js';
import { s3Section } from './world.js';

/** IAM action names of S3 operations whose action is not `s3:<Operation>`. */
const IAM_ACTION: Readonly<Record<string, string>> = {
  ListBuckets: 's3:ListAllMyBuckets',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
  DeletePublicAccessBlock: 's3:PutBucketPublicAccessBlock',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
  GetBucketReplication: 's3:GetReplicationConfiguration',
  GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
  GetAccountPublicAccessBlock: 's3:GetAccountPublicAccessBlock',
  PutAccountPublicAccessBlock: 's3:PutAccountPublicAccessBlock',
  DeleteAccountPublicAccessBlock: 's3:PutAccountPublicAccessBlock',
};

/** The IAM action an S3 / S3 Control operation needs. */
export function iamAction(operation: string): string {
  return IAM_ACTION[operation] ?? `s3:${operation}`;
}

/** Throws AccessDenied when the world denies this caller the operation (by `s3`, `s3:<Operation>` or its IAM action). */
export function authorize(ctx: CallContext, operation: string = ctx.operation): void {
  const d = ctx.caller.denied;
  if (d.includes('s3') || d.includes(`s3:${operation}`) || d.includes(iamAction(operation))) {
    throw new SimError('AccessDenied', `User: ${ctx.caller.arn} is not authorized to perform: ${iamAction(operation)} because no identity-based policy allows the ${iamAction(operation)} action`, 403);
  }
}

/** The outcome of addressing a bucket: the bucket, or the redirect response S3 answers from the wrong region. */
export type BucketLookup = { readonly bucket: S3BucketState } | { readonly redirect: Record<string, unknown> };

/**
 * Finds `name` for the caller. Bucket names are global: a bucket of another account exists but answers
 * AccessDenied (simcloud models no cross-account bucket policies for reads); an unknown name is NoSuchBucket.
 * With `anyRegion` false, a bucket in another region than the request's answers 301 PermanentRedirect with
 * `x-amz-bucket-region`, as S3's regional endpoints do.
 */
export function lookupBucket(ctx: CallContext, name: unknown, anyRegion = false): BucketLookup {
  if (typeof name !== 'string' || name === '') throw new SimError('InvalidBucketName', 'The specified bucket is not valid.', 400);
  const own = s3Section(ctx.account).Buckets.find((b) => b.Name === name);
  if (!own) {
    for (const acct of ctx.world.accounts.values()) {
      if (acct.id !== ctx.account.id && s3Section(acct).Buckets.some((b) => b.Name === name)) throw new SimError('AccessDenied', 'Access Denied', 403);
    }
    throw new SimError('NoSuchBucket', 'The specified bucket does not exist', 404);
  }
  if (anyRegion || own.Region === ctx.region) return { bucket: own };
  return {
    redirect: {
      $root: 'Error',
      $status: 301,
      $headers: { 'x-amz-bucket-region': own.Region },
      Code: 'PermanentRedirect',
      Message: 'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      Endpoint: `s3.${own.Region}.amazonaws.com`,
      Bucket: name,
      RequestId: ctx.requestId,
    },
  };
}
