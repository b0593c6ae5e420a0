import { defineDetection } from '../../kit/detection.js';
import { gcpWho, isPolicyChange, removedAuditConfigs, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-audit-config-removed',
  kind: 'event',
  title: 'Data Access audit logging turned off',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'An IAM policy change removed audit log configuration (`auditConfigDeltas` with action REMOVE): reads and writes of data for that service are no longer logged.',
  falsePositives: 'Trimming DATA_READ logs of a high-volume service for cost. Check which service and log type were removed.',
  references: ['https://cloud.google.com/logging/docs/audit/configure-data-access'],
  match(e) {
    if (!isPolicyChange(e)) return undefined;
    const removed = removedAuditConfigs(e);
    if (removed.length === 0) return undefined;
    return `${gcpWho(e)} removed audit logging on ${resourceOf(e)}: ${removed.map((r) => `${r.service} ${r.logType}`).join(', ')}`;
  },
});
