import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, resourceIdOf } from '../../kit/azure-events.js';

export default defineDetection({
  id: 'azure-activity-diagnostic-settings-deleted',
  kind: 'event',
  title: 'Diagnostic settings deleted',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'A diagnostic setting was deleted: the logs it exported (the Activity Log of a subscription, or a resource\'s logs) stop reaching the workspace, storage account or event hub.',
  falsePositives: 'Moving logs to a new destination. Check a replacement setting was written around the same time.',
  references: ['https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
  match(e) {
    if (!completedOp(e, 'Microsoft.Insights/diagnosticSettings/delete')) return undefined;
    return `${azWho(e)} deleted diagnostic setting ${resourceIdOf(e)}`;
  },
});
