import { SimError } from '../../service.js';
import type { S3BucketState } from './world.js';
import { toWire } from './xml.js';

/**
 * ListObjectsV2 over a bucket's objects (kept in key order): prefix, start-after, max-keys (default and
 * ceiling 1,000, as S3) and continuation tokens. The token is the last key returned, base64 encoded: opaque
 * to clients, as S3's are.
 */
export function listObjects(b: S3BucketState, q: Readonly<Record<string, string>>): unknown {
  const prefix = q['prefix'] ?? '';
  const max = q['max-keys'] === undefined ? 1000 : Number(q['max-keys']);
  if (!Number.isInteger(max) || max < 0) throw new SimError('InvalidArgument', 'max-keys must be a non-negative integer', 400);
  let after = q['start-after'] ?? '';
  if (q['continuation-token'] !== undefined) {
    const decoded = Buffer.from(q['continuation-token'], 'base64').toString('utf8');
    if (!decoded) throw new SimError('InvalidArgument', 'The continuation token provided is incorrect', 400);
    after = decoded;
  }
  const matching = b.Objects.filter((o) => o.Key.startsWith(prefix) && o.Key > after);
  const page = matching.slice(0, Math.min(max, 1000));
  const truncated = matching.length > page.length;
  return {
    $root: 'ListBucketResult',
    ...toWire({
      Name: b.Name,
      Prefix: prefix,
      KeyCount: page.length,
      MaxKeys: max,
      IsTruncated: truncated,
      Contents: page.map((o) => ({ Key: o.Key, LastModified: o.LastModified, ETag: o.ETag, Size: o.Body.length, StorageClass: 'STANDARD' })),
      ContinuationToken: q['continuation-token'],
      NextContinuationToken: truncated ? Buffer.from(page[page.length - 1]!.Key, 'utf8').toString('base64') : undefined,
      StartAfter: q['start-after'],
    }),
  };
}
