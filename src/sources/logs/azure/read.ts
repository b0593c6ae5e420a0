import type { AuditEvent } from '../../../model/audit/event.js';
import { readLogs, type LogFormat, type ReadOptions } from '../read-common.js';
import { normalizeAzureActivity } from './normalize.js';

/**
 * Azure Activity Log files in the forms users have them: the diagnostic-settings export (`{"records":[…]}`
 * batches from Event Hubs, or storage's PT1H.json with one record, or one batch, per line), the REST API
 * response (`{"value":[…]}`) and `az monitor activity-log list` output (a JSON array).
 */
export const AZURE_ACTIVITY_FORMAT: LogFormat = {
  normalize: normalizeAzureActivity,
  arrayKeys: ['records', 'value'],
  topLevelArray: true,
  lineRecords: (v) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const batch = (v as Record<string, unknown>)['records'];
      if (Array.isArray(batch)) return batch;
    }
    return Array.isArray(v) ? v : [v];
  },
};

export function readAzureActivity(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<AuditEvent> {
  return readLogs(inputs, AZURE_ACTIVITY_FORMAT, opts);
}
