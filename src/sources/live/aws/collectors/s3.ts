/**
 * Amazon S3: every bucket of the account (`aws.s3.bucket`, with ACL, policy and its public status, public
 * access block, default encryption, versioning and MFA delete, logging, object lock, lifecycle, replication,
 * ownership controls and tags) and the account's Block Public Access (`aws.s3.account-public-access-block`,
 * emitted once per account even when none is configured).
 *
 * Global scope: ListBuckets lists the account's buckets from any region; each bucket is then read through a
 * client for its own region (ListBuckets' `BucketRegion`, or GetBucketLocation when an endpoint does not
 * return it), since S3 answers other regions with 301 PermanentRedirect. Buckets are read eight at a time,
 * each bucket's calls in parallel.
 */
import { GetBucketLocationCommand, ListBucketsCommand, S3Client, type Bucket } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import type { S3AccountPublicAccessBlock, S3Bucket } from '../../../../model/aws/s3.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext, type CollectorDefinition, liveOrigin, noTags } from '../collector.js';
import { BUCKET_CALLS, pabSettings, readBucket } from './s3/bucket.js';
import { regionalS3, s3Control } from './s3/clients.js';
import { forEachLimited, regionOfLocation } from './s3/util.js';

/** Buckets read at once (each makes about a dozen calls in parallel). */
const BUCKET_CONCURRENCY = 8;
/** ListBuckets page size (without `MaxBuckets` the API answers every bucket in one response). */
const PAGE_SIZE = 1000;

/** Tuning of the collector (tests use small pages to exercise pagination). */
export interface S3CollectorOptions {
  readonly pageSize?: number;
  readonly concurrency?: number;
}
const LIST = 's3:ListBuckets';

/** The bucket's region: from the listing, else GetBucketLocation (asked in the home region, which S3 allows). */
async function regionOf(ctx: CollectorContext, home: S3Client, b: Bucket, uid: string): Promise<{ ok: true; region: string } | { ok: false; reason: string; message: string }> {
  if (b.BucketRegion) return { ok: true, region: b.BucketRegion };
  const r = await ctx.call('s3:GetBucketLocation', () => home.send(new GetBucketLocationCommand({ Bucket: b.Name })), { resourceId: uid });
  return r.ok ? { ok: true, region: regionOfLocation(r.value.LocationConstraint) } : r;
}

async function collectBuckets(ctx: CollectorContext, opts: Required<S3CollectorOptions>): Promise<void> {
  const home = ctx.client(S3Client);
  const listed = await ctx.paginate(LIST, async (token) => {
    const out = await home.send(new ListBucketsCommand({ MaxBuckets: opts.pageSize, ...(token ? { ContinuationToken: token } : {}) }));
    return { items: out.Buckets ?? [], next: out.ContinuationToken };
  });
  // A failed listing is a coverage gap (recorded by paginate): no bucket can be named, so none is emitted.
  if (!listed.ok) return;
  const listProv = ctx.prov(LIST);
  const inRegion = regionalS3(ctx);
  await forEachLimited(listed.value, opts.concurrency, async (b) => {
    if (!b.Name) return;
    const uid = `arn:aws:s3:::${b.Name}`;
    const region = await regionOf(ctx, home, b, uid);
    const base = { uid, type: 'aws.s3.bucket' as const, provider: 'aws' as const, account: ctx.account, name: b.Name, origin: liveOrigin(LIST), source: listProv };
    if (!region.ok) {
      // Without its region the bucket cannot be read: every property is unknown for that reason.
      const src = ctx.prov('s3:GetBucketLocation');
      const u = <T>() => apiUnknown<T>(region, src);
      const pab = { blockPublicAcls: u<boolean>(), ignorePublicAcls: u<boolean>(), blockPublicPolicy: u<boolean>(), restrictPublicBuckets: u<boolean>() };
      const bucket: S3Bucket = {
        ...base,
        tags: u(),
        properties: {
          bucketName: apiValue(b.Name, listProv), cannedAcl: u(), grants: u(), objectOwnership: u(), publicAccessBlock: pab, policy: u(), policyPublic: u(),
          encryptionAlgorithm: u(), encryptionKmsKeyId: u(), versioningEnabled: u(), mfaDeleteEnabled: u(), loggingTargetBucket: u(), objectLockEnabled: u(),
          lifecycleRuleCount: u(), replicationEnabled: u(),
        },
      };
      ctx.emit(bucket);
      return;
    }
    const { properties, tags } = await readBucket(ctx, inRegion(region.region), b.Name, region.region, listProv);
    const bucket: S3Bucket = { ...base, region: region.region, tags, properties };
    ctx.emit(bucket);
  });
}

/** The account's Block Public Access; none configured means all four explicitly off. */
async function collectAccountBlock(ctx: CollectorContext): Promise<void> {
  const call = 's3control:GetPublicAccessBlock';
  const control = s3Control(ctx);
  const r = await ctx.call(call, async () => (await control.send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account }))).PublicAccessBlockConfiguration, {
    resourceId: `arn:aws:s3::${ctx.account}:account-public-access-block`,
    expected: ['NoSuchPublicAccessBlockConfiguration'],
  });
  const src = ctx.prov(call);
  const resource: S3AccountPublicAccessBlock = {
    uid: `arn:aws:s3::${ctx.account}:account-public-access-block`,
    type: 'aws.s3.account-public-access-block',
    provider: 'aws',
    account: ctx.account,
    name: `${ctx.account} S3 Block Public Access`,
    tags: noTags(src),
    properties: pabSettings(r, src),
    origin: liveOrigin(call),
    source: src,
  };
  ctx.emit(resource);
}

/** The S3 collector with the given tuning; the default export uses the defaults. */
export function s3Collector(options: S3CollectorOptions = {}): CollectorDefinition {
  const opts = { pageSize: options.pageSize ?? PAGE_SIZE, concurrency: options.concurrency ?? BUCKET_CONCURRENCY };
  return defineCollector({
    id: 's3',
    scope: 'global',
    apiCalls: [LIST, 's3:GetBucketLocation', ...BUCKET_CALLS.map(([c]) => c), 's3control:GetPublicAccessBlock'],
    permissions: ['s3:ListAllMyBuckets', 's3:GetBucketLocation', ...BUCKET_CALLS.map(([, p]) => p), 's3:GetAccountPublicAccessBlock'],
    emits: ['aws.s3.bucket', 'aws.s3.account-public-access-block'],
    async collect(ctx) {
      await Promise.all([collectBuckets(ctx, opts), collectAccountBlock(ctx)]);
    },
  });
}

export default s3Collector();
