import type { Readable } from 'node:stream';
import type { AuditEvent } from '../../../model/audit/event.js';
import { readLogBatches, readLogs, readLogStream, type LogFormat, type ReadOptions } from '../read-common.js';
import { normalizeCloudTrail } from './normalize.js';

export { formatLogInputError, type LogInputError, type ReadOptions } from '../read-common.js';

/**
 * CloudTrail's files: the delivery format (`{"Records":[…]}`), and one event per line (CloudTrail Lake
 * exports, EventBridge events, whose `detail` is the record). File walking, gzip and error reporting are
 * shared with the other audit logs (`../read-common.ts`).
 */
export const CLOUDTRAIL_FORMAT: LogFormat = {
  normalize: normalizeCloudTrail,
  arrayKeys: ['Records'],
  topLevelArray: false,
  lineRecords: (v) => [unwrap(v)],
  lineRecord: unwrap,
};

export function readCloudTrail(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<AuditEvent> {
  return readLogs(inputs, CLOUDTRAIL_FORMAT, opts);
}

/** The same events in batches (one per chunk of input), for consumers of millions of events. */
export function readCloudTrailBatches(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<AuditEvent[]> {
  return readLogBatches(inputs, CLOUDTRAIL_FORMAT, opts);
}

export function readStream(input: Readable, file: string, opts: ReadOptions): AsyncGenerator<AuditEvent> {
  return readLogStream(input, file, CLOUDTRAIL_FORMAT, opts);
}

/** EventBridge wraps the record in `detail`; CloudTrail Lake exports may carry it as a JSON string. */
function unwrap(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  if (typeof o['detail-type'] === 'string' && typeof o['detail'] === 'object') return o['detail'];
  if (typeof o['eventJson'] === 'string') {
    try {
      return JSON.parse(o['eventJson']);
    } catch {
      return v;
    }
  }
  return v;
}
