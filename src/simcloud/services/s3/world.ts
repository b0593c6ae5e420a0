/**
 * simcloud's S3 world section (`account.services.s3`), kept in the shapes the S3 API returns, and its
 * normalisation (defaults for what a world file leaves out). S3 is a global service for listing, but each
 * bucket lives in one region (`Region`), which the handlers enforce as S3 does (301 PermanentRedirect).
 */
import { createHash } from 'node:crypto';
import type { AccountState } from '../../world/state.js';
import { globalSection } from '../../world/state.js';

/** `PublicAccessBlockConfiguration` (bucket level in S3, account level in S3 Control). */
export interface PublicAccessBlockConfiguration {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

/** An ACL grantee as GetBucketAcl returns it; `Type` is the `xsi:type` attribute. */
export interface S3Grantee {
  Type: 'CanonicalUser' | 'Group' | 'AmazonCustomerByEmail';
  ID?: string;
  DisplayName?: string;
  URI?: string;
  EmailAddress?: string;
}

export interface S3Grant {
  Grantee: S3Grantee;
  Permission: 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP';
}

export interface S3Owner {
  ID: string;
  DisplayName?: string;
}

/** One bucket. Every optional configuration is `null` when the bucket has none (the "not found" answers). */
export interface S3BucketState {
  Name: string;
  /** ISO 8601. */
  CreationDate: string;
  Region: string;
  Acl: { Owner: S3Owner; Grants: S3Grant[] };
  /** The policy document as the JSON string GetBucketPolicy returns. */
  Policy: string | null;
  PublicAccessBlock: PublicAccessBlockConfiguration | null;
  /** `ServerSideEncryptionConfiguration`: `{ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm, KMSMasterKeyID? }, BucketKeyEnabled? }] }`. */
  Encryption: { Rules: Record<string, unknown>[] } | null;
  /** GetBucketVersioning: both absent for a bucket that never had versioning. */
  Versioning: { Status?: 'Enabled' | 'Suspended'; MFADelete?: 'Enabled' | 'Disabled' };
  Logging: { TargetBucket: string; TargetPrefix: string } | null;
  /** `ObjectLockConfiguration`: `{ ObjectLockEnabled: 'Enabled', Rule?: { DefaultRetention: { Mode, Days | Years } } }`. */
  ObjectLock: { ObjectLockEnabled?: 'Enabled'; Rule?: Record<string, unknown> } | null;
  Lifecycle: { Rules: Record<string, unknown>[] } | null;
  /** `ReplicationConfiguration`: `{ Role, Rules: [{ ID, Status, Priority, Filter, Destination: { Bucket } ... }] }`. */
  Replication: { Role: string; Rules: Record<string, unknown>[] } | null;
  OwnershipControls: { Rules: { ObjectOwnership: string }[] } | null;
  Tags: { Key: string; Value: string }[];
  /** Objects, in key order (what ListObjectsV2 pages over and GetObject returns). */
  Objects: S3ObjectState[];
}

/**
 * One object. A world file gives `Body` as text or `BodyBase64` for bytes (a gzipped log file), and
 * optionally `LastModified`; size and ETag (MD5 of the bytes, as S3 gives for single-part uploads) follow.
 */
export interface S3ObjectState {
  Key: string;
  Body: Buffer;
  LastModified: string;
  ETag: string;
}

export interface S3Section {
  Buckets: S3BucketState[];
  /** The account's S3 Block Public Access (S3 Control); null when never configured. */
  AccountPublicAccessBlock: PublicAccessBlockConfiguration | null;
  /** The account's access points (S3 Control), each in one region. */
  AccessPoints: S3AccessPointState[];
}

/** One access point, as GetAccessPoint returns it (plus its region and policy). */
export interface S3AccessPointState {
  Name: string;
  Bucket: string;
  Region: string;
  /** `Internet` or `VPC`. */
  NetworkOrigin: 'Internet' | 'VPC';
  VpcConfiguration?: { VpcId: string };
  /** All four on unless the world says otherwise, as CreateAccessPoint does without a configuration. */
  PublicAccessBlockConfiguration: PublicAccessBlockConfiguration;
  /** The policy JSON string, null when none. */
  Policy: string | null;
  /** ISO 8601. */
  CreationDate: string;
}

/** The canonical user id simcloud gives an account (S3 owners are canonical ids, not account ids). */
export function canonicalId(accountId: string): string {
  // 64 hex characters like a real canonical id, derived from the account so it is stable across runs.
  let h = '';
  for (let i = 0; h.length < 64; i++) h += ((Number(accountId.slice(-6)) * 2654435761 + i * 40503) >>> 0).toString(16).padStart(8, '0');
  return h.slice(0, 64);
}

const NORMALIZED = '__s3Normalized';

const str = (v: unknown, d: string): string => (typeof v === 'string' && v !== '' ? v : d);
const orNull = <T>(v: unknown): T | null => (v === undefined || v === null ? null : (v as T));

function normalizePab(v: unknown): PublicAccessBlockConfiguration | null {
  if (v === undefined || v === null) return null;
  const o = v as Record<string, unknown>;
  return { BlockPublicAcls: o['BlockPublicAcls'] === true, IgnorePublicAcls: o['IgnorePublicAcls'] === true, BlockPublicPolicy: o['BlockPublicPolicy'] === true, RestrictPublicBuckets: o['RestrictPublicBuckets'] === true };
}

/** One bucket from a world file, with AWS's defaults for what is left out (private ACL, no configurations). */
export function normalizeBucket(raw: Record<string, unknown>, account: AccountState): S3BucketState {
  const owner: S3Owner = { ID: canonicalId(account.id), DisplayName: account.name };
  const acl = (raw['Acl'] ?? {}) as { Owner?: S3Owner; Grants?: S3Grant[] };
  const policy = raw['Policy'];
  return {
    Name: str(raw['Name'], ''),
    CreationDate: raw['CreationDate'] instanceof Date ? raw['CreationDate'].toISOString() : str(raw['CreationDate'], '2024-01-15T10:00:00.000Z'),
    Region: str(raw['Region'], 'us-east-1'),
    Acl: { Owner: acl.Owner ?? owner, Grants: acl.Grants ?? [{ Grantee: { Type: 'CanonicalUser', ID: owner.ID, DisplayName: owner.DisplayName }, Permission: 'FULL_CONTROL' }] },
    Policy: policy === undefined || policy === null ? null : typeof policy === 'string' ? policy : JSON.stringify(policy),
    PublicAccessBlock: normalizePab(raw['PublicAccessBlock']),
    Encryption: orNull(raw['Encryption']),
    Versioning: (raw['Versioning'] ?? {}) as S3BucketState['Versioning'],
    Logging: orNull(raw['Logging']),
    ObjectLock: orNull(raw['ObjectLock']),
    Lifecycle: orNull(raw['Lifecycle']),
    Replication: orNull(raw['Replication']),
    OwnershipControls: orNull(raw['OwnershipControls']),
    Tags: (raw['Tags'] ?? []) as S3BucketState['Tags'],
    Objects: ((raw['Objects'] ?? []) as Record<string, unknown>[]).map(normalizeObject).sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0)),
  };
}

function normalizeObject(raw: Record<string, unknown>): S3ObjectState {
  const body = Buffer.isBuffer(raw['Body']) ? raw['Body'] : typeof raw['BodyBase64'] === 'string' ? Buffer.from(raw['BodyBase64'], 'base64') : Buffer.from(str(raw['Body'], ''), 'utf8');
  return { Key: str(raw['Key'], ''), Body: body, LastModified: str(raw['LastModified'], '2026-11-27T23:59:00.000Z'), ETag: `"${createHash('md5').update(body).digest('hex')}"` };
}

/** One access point from a world file, with CreateAccessPoint's defaults (Internet origin, every switch on). */
function normalizeAccessPoint(raw: Record<string, unknown>): S3AccessPointState {
  const vpc = raw['VpcConfiguration'] as { VpcId: string } | undefined;
  const policy = raw['Policy'];
  return {
    Name: str(raw['Name'], ''),
    Bucket: str(raw['Bucket'], ''),
    Region: str(raw['Region'], 'us-east-1'),
    NetworkOrigin: vpc ? 'VPC' : 'Internet',
    ...(vpc ? { VpcConfiguration: vpc } : {}),
    PublicAccessBlockConfiguration: normalizePab(raw['PublicAccessBlockConfiguration']) ?? { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    Policy: policy === undefined || policy === null ? null : typeof policy === 'string' ? policy : JSON.stringify(policy),
    CreationDate: str(raw['CreationDate'], '2024-01-15T10:00:00.000Z'),
  };
}

/** Normalises an account's S3 section in place (called when a world is loaded; idempotent). */
export function normalizeS3(account: AccountState): S3Section {
  const raw = (account.services['s3'] ?? {}) as Partial<Record<keyof S3Section, unknown>>;
  const section: S3Section = {
    Buckets: ((raw.Buckets ?? []) as Record<string, unknown>[]).map((b) => normalizeBucket(b, account)),
    AccountPublicAccessBlock: normalizePab(raw.AccountPublicAccessBlock),
    AccessPoints: ((raw.AccessPoints ?? []) as Record<string, unknown>[]).map(normalizeAccessPoint),
  };
  // Marked (not enumerable, so a saved world stays clean) so that later calls do not normalise again.
  Object.defineProperty(section, NORMALIZED, { value: true, enumerable: false });
  account.services['s3'] = section;
  return section;
}

/** The account's S3 section, normalised on first use. */
export function s3Section(account: AccountState): S3Section {
  const s = globalSection<Partial<S3Section>>(account, 's3', () => ({}));
  return NORMALIZED in s ? (s as S3Section) : normalizeS3(account);
}
