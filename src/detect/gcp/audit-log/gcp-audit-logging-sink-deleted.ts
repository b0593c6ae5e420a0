import { defineDetection } from '../../kit/detection.js';
import { gcpWho, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-logging-sink-deleted',
  kind: 'event',
  title: 'Logging sink deleted',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'A Cloud Logging sink was deleted: the logs it exported (often audit logs to a SIEM or a locked bucket) stop leaving the project, folder or organization.',
  falsePositives: 'Replacing a sink with an aggregated one at folder or organization level. Check the replacement exists.',
  references: ['https://cloud.google.com/logging/docs/export/configure_export_v2'],
  match(e) {
    if (!okMethod(e, 'google.logging.v2.ConfigServiceV2.DeleteSink')) return undefined;
    const name = reqValue(e, 'sinkName');
    return `${gcpWho(e)} deleted logging sink ${typeof name === 'string' ? name : resourceOf(e)}`;
  },
});
