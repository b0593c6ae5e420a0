import { gzipSync } from 'node:zlib';
import type { WorldInput } from '../../schema.js';
import { findItem } from '../plants/merge.js';
import { demoTrailObjects, TRAIL_BUCKET } from './index.js';

/** The account whose bucket receives the organization trail (the security / log-archive account). */
export const LOG_ARCHIVE_ACCOUNT = '444444444444';

/** Writes the demo day into the organization trail's bucket, gzipped as CloudTrail delivers it. */
export function attachAuditLogs(world: WorldInput): WorldInput {
  const bucket = findItem<{ Objects?: unknown[] }>(world, LOG_ARCHIVE_ACCOUNT, 'global', 's3', 'Buckets', (b) => b['Name'] === TRAIL_BUCKET);
  bucket.Objects = demoTrailObjects().map((o) => ({ Key: o.key, BodyBase64: gzipSync(o.json).toString('base64'), LastModified: '2026-11-28T00:10:00.000Z' }));
  return world;
}
