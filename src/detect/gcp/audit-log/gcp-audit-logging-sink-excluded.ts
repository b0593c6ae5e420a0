import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { gcpWho, listOf, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-logging-sink-excluded',
  kind: 'event',
  title: 'Logging sink disabled or given an exclusion',
  severity: 'medium',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'A sink was updated to be disabled or to carry an active exclusion filter, or a log exclusion was created or updated: matching entries are dropped before they reach the sink or the _Default bucket.',
  falsePositives: 'Cost controls that drop noisy debug logs. Check the exclusion filter does not match cloudaudit.googleapis.com logs.',
  references: ['https://cloud.google.com/logging/docs/routing/overview#exclusions', 'https://cloud.google.com/logging/docs/reference/v2/rest/v2/projects.sinks'],
  match(e) {
    if (okMethod(e, 'google.logging.v2.ConfigServiceV2.UpdateSink', 'google.logging.v2.ConfigServiceV2.CreateSink')) {
      if (reqValue(e, 'sink', 'disabled') === true) return `${gcpWho(e)} disabled logging sink ${sinkName(e)}`;
      const filters = activeFilters(reqValue(e, 'sink', 'exclusions'));
      if (filters.length > 0) return `${gcpWho(e)} added exclusions to logging sink ${sinkName(e)}: ${filters.join('; ')}`;
      return undefined;
    }
    if (okMethod(e, 'google.logging.v2.ConfigServiceV2.CreateExclusion', 'google.logging.v2.ConfigServiceV2.UpdateExclusion')) {
      const filters = activeFilters([reqValue(e, 'exclusion')]);
      if (filters.length > 0) return `${gcpWho(e)} excluded logs from ${resourceOf(e)}: ${filters.join('; ')}`;
    }
    return undefined;
  },
});

function sinkName(e: AuditEvent): string {
  const n = reqValue(e, 'sinkName') ?? reqValue(e, 'sink', 'name');
  return typeof n === 'string' ? n : resourceOf(e);
}

/** Filters of exclusions that are not disabled. */
function activeFilters(v: unknown): string[] {
  return listOf(v)
    .map((x) => x as Record<string, unknown> | null)
    .filter((x) => x !== null && typeof x === 'object' && x['disabled'] !== true && typeof x['filter'] === 'string')
    .map((x) => String(x!['filter']));
}
