/**
 * Amazon S3 (restXml, path-style addressing as the SDK uses with an IP endpoint): the bucket-level reads a
 * posture scan makes, the writes remediation needs (public access block, bucket policy), and object listing
 * and reads (a trail's log files for `detect cloudtrail s3://…`). Buckets live in
 * the account's global `s3` section (s3/world.ts) with their region; addressing a bucket through another
 * region answers 301 PermanentRedirect with `x-amz-bucket-region`, as S3 does. The account-level public
 * access block is S3 Control (s3-control.ts).
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { authorize, lookupBucket } from './s3/access.js';
import { pageOfBuckets } from './s3/page.js';
import { isPublicPolicy } from './s3/policy-status.js';
import { readPublicAccessBlock, S3_NS, toWire } from './s3/xml.js';
import { canonicalId, s3Section, type S3BucketState } from './s3/world.js';
import { listObjects } from './s3/objects.js';

export { normalizeS3, s3Section, type S3Section, type S3BucketState } from './s3/world.js';

type BucketHandler = (bucket: S3BucketState, input: Record<string, unknown>, ctx: CallContext) => unknown;

/** Authorizes, resolves the bucket (or answers the redirect) and runs `fn`. */
function onBucket(fn: BucketHandler, anyRegion = false) {
  return (input: Record<string, unknown>, ctx: CallContext): unknown => {
    authorize(ctx);
    const found = lookupBucket(ctx, input['Bucket'], anyRegion);
    return 'redirect' in found ? found.redirect : fn(found.bucket, input, ctx);
  };
}

/** A configuration document, or the "not found" error S3 answers when the bucket has none. */
function configOr(root: string, value: Record<string, unknown> | null, code: string, message: string): unknown {
  if (value === null) throw new SimError(code, message, 404);
  return { $root: root, ...toWire(value) };
}

const NO_CONTENT = { $status: 204 };

/** Whether BlockPublicPolicy (bucket or account) is on for this bucket. */
function blocksPublicPolicy(bucket: S3BucketState, ctx: CallContext): boolean {
  return bucket.PublicAccessBlock?.BlockPublicPolicy === true || s3Section(ctx.account).AccountPublicAccessBlock?.BlockPublicPolicy === true;
}

export default defineService({
  signingName: 's3',
  protocol: 'restXml',
  xmlNamespace: S3_NS,
  global: true,
  routes: [
    { method: 'GET', path: '/', operation: 'ListBuckets' },
    { method: 'GET', path: '/{Bucket}?location', operation: 'GetBucketLocation' },
    { method: 'GET', path: '/{Bucket}?acl', operation: 'GetBucketAcl' },
    { method: 'GET', path: '/{Bucket}?policyStatus', operation: 'GetBucketPolicyStatus' },
    { method: 'GET', path: '/{Bucket}?policy', operation: 'GetBucketPolicy' },
    { method: 'PUT', path: '/{Bucket}?policy', operation: 'PutBucketPolicy' },
    { method: 'DELETE', path: '/{Bucket}?policy', operation: 'DeleteBucketPolicy' },
    { method: 'GET', path: '/{Bucket}?publicAccessBlock', operation: 'GetPublicAccessBlock' },
    { method: 'PUT', path: '/{Bucket}?publicAccessBlock', operation: 'PutPublicAccessBlock' },
    { method: 'DELETE', path: '/{Bucket}?publicAccessBlock', operation: 'DeletePublicAccessBlock' },
    { method: 'GET', path: '/{Bucket}?encryption', operation: 'GetBucketEncryption' },
    { method: 'GET', path: '/{Bucket}?versioning', operation: 'GetBucketVersioning' },
    { method: 'GET', path: '/{Bucket}?logging', operation: 'GetBucketLogging' },
    { method: 'GET', path: '/{Bucket}?object-lock', operation: 'GetObjectLockConfiguration' },
    { method: 'GET', path: '/{Bucket}?lifecycle', operation: 'GetBucketLifecycleConfiguration' },
    { method: 'GET', path: '/{Bucket}?replication', operation: 'GetBucketReplication' },
    { method: 'GET', path: '/{Bucket}?ownershipControls', operation: 'GetBucketOwnershipControls' },
    { method: 'GET', path: '/{Bucket}?tagging', operation: 'GetBucketTagging' },
    { method: 'GET', path: '/{Bucket}?list-type=2', operation: 'ListObjectsV2' },
    { method: 'GET', path: '/{Bucket}/{Key+}', operation: 'GetObject' },
  ],
  operations: {
    ListBuckets(_input, ctx) {
      authorize(ctx);
      const q = ctx.http.query;
      const section = s3Section(ctx.account);
      const prefix = q['prefix'];
      const region = q['bucket-region'];
      const buckets = section.Buckets.filter((b) => (prefix === undefined || b.Name.startsWith(prefix)) && (region === undefined || b.Region === region));
      const page = pageOfBuckets(buckets, q['continuation-token'], q['max-buckets']);
      const owner = section.Buckets[0]?.Acl.Owner ?? { ID: canonicalId(ctx.account.id), DisplayName: ctx.account.name };
      return {
        $root: 'ListAllMyBucketsResult',
        ...toWire({
          Buckets: page.items.map((b) => ({ Name: b.Name, CreationDate: b.CreationDate, BucketRegion: b.Region, BucketArn: `arn:aws:s3:::${b.Name}` })),
          Owner: owner,
          ContinuationToken: page.next,
          Prefix: prefix,
        }),
      };
    },
    // S3 answers GetBucketLocation from any regional endpoint; the empty constraint means us-east-1.
    GetBucketLocation: onBucket((b) => ({ $root: 'LocationConstraint', $text: b.Region === 'us-east-1' ? '' : b.Region }), true),
    GetBucketAcl: onBucket((b) => ({ $root: 'AccessControlPolicy', ...toWire({ Owner: b.Acl.Owner, Grants: b.Acl.Grants }) })),
    GetBucketPolicy: onBucket((b) => {
      if (b.Policy === null) throw new SimError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
      return { $body: b.Policy, $headers: { 'content-type': 'application/json' } };
    }),
    GetBucketPolicyStatus: onBucket((b) => {
      if (b.Policy === null) throw new SimError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
      return { $root: 'PolicyStatus', IsPublic: isPublicPolicy(b.Policy) };
    }),
    PutBucketPolicy: onBucket((b, _input, ctx) => {
      const text = ctx.http.body.toString('utf8');
      try {
        const doc: unknown = JSON.parse(text);
        if (doc === null || typeof doc !== 'object' || !('Statement' in doc)) throw new Error('Missing required field Statement');
      } catch (e) {
        throw new SimError('MalformedPolicy', `Policy has invalid JSON: ${(e as Error).message}`, 400);
      }
      // BlockPublicPolicy makes S3 refuse a public policy (bucket or account setting), with AccessDenied.
      if (isPublicPolicy(text) && blocksPublicPolicy(b, ctx)) throw new SimError('AccessDenied', 'Access Denied', 403);
      b.Policy = text;
      return NO_CONTENT;
    }),
    DeleteBucketPolicy: onBucket((b) => {
      b.Policy = null;
      return NO_CONTENT;
    }),
    GetPublicAccessBlock: onBucket((b) => configOr('PublicAccessBlockConfiguration', b.PublicAccessBlock as unknown as Record<string, unknown> | null, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found')),
    PutPublicAccessBlock: onBucket((b, _input, ctx) => {
      b.PublicAccessBlock = readPublicAccessBlock(ctx.http.body);
      return {};
    }),
    DeletePublicAccessBlock: onBucket((b) => {
      b.PublicAccessBlock = null;
      return NO_CONTENT;
    }),
    GetBucketEncryption: onBucket((b) => configOr('ServerSideEncryptionConfiguration', b.Encryption, 'ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found')),
    GetBucketVersioning: onBucket((b) => ({ $root: 'VersioningConfiguration', ...toWire(b.Versioning) })),
    GetBucketLogging: onBucket((b) => ({ $root: 'BucketLoggingStatus', ...toWire({ LoggingEnabled: b.Logging }) })),
    GetObjectLockConfiguration: onBucket((b) => configOr('ObjectLockConfiguration', b.ObjectLock, 'ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket')),
    GetBucketLifecycleConfiguration: onBucket((b) => configOr('LifecycleConfiguration', b.Lifecycle, 'NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist')),
    GetBucketReplication: onBucket((b) => configOr('ReplicationConfiguration', b.Replication, 'ReplicationConfigurationNotFoundError', 'The replication configuration was not found')),
    GetBucketOwnershipControls: onBucket((b) => configOr('OwnershipControls', b.OwnershipControls, 'OwnershipControlsNotFoundError', 'The bucket ownership controls were not found')),
    ListObjectsV2: onBucket((b, _input, ctx) => listObjects(b, ctx.http.query)),
    GetObject: onBucket((b, input) => {
      const key = String(input['Key'] ?? '');
      const o = b.Objects.find((x) => x.Key === key);
      if (!o) throw new SimError('NoSuchKey', 'The specified key does not exist.', 404);
      return { $body: o.Body, $headers: { 'content-type': 'application/octet-stream', 'content-length': String(o.Body.length), etag: o.ETag, 'last-modified': new Date(o.LastModified).toUTCString() } };
    }),
    GetBucketTagging: onBucket((b) => {
      if (b.Tags.length === 0) throw new SimError('NoSuchTagSet', 'The TagSet does not exist', 404);
      return { $root: 'Tagging', ...toWire({ TagSet: b.Tags }) };
    }),
  },
});
