import type { AuditEvent } from '../../../model/audit/event.js';
import { readLogs, type LogFormat, type ReadOptions } from '../read-common.js';
import { normalizeGcpAudit } from './normalize.js';

/**
 * GCP Cloud Audit Log entries as users have them: `gcloud logging read --format=json` (a JSON array), a
 * Cloud Storage sink (one LogEntry per line) and the `entries.list` API response (`{"entries":[…]}`).
 */
export const GCP_AUDIT_FORMAT: LogFormat = {
  normalize: normalizeGcpAudit,
  arrayKeys: ['entries'],
  topLevelArray: true,
  lineRecords: (v) => (Array.isArray(v) ? v : [v]),
};

export function readGcpAudit(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<AuditEvent> {
  return readLogs(inputs, GCP_AUDIT_FORMAT, opts);
}
