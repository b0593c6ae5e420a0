import { defineDetection } from '../../kit/detection.js';
import { azWho, completedOp, segmentAfter } from '../../kit/azure-events.js';

export default defineDetection({
  id: 'azure-activity-log-alert-deleted',
  kind: 'event',
  title: 'Activity log alert deleted',
  severity: 'medium',
  provider: 'azure',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'An activity log alert rule was deleted: whatever it watched for (policy changes, NSG edits, role assignments) no longer notifies anyone.',
  falsePositives: 'Replacing alert rules with a new set. Check new rules were created.',
  references: ['https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts'],
  match(e) {
    if (!completedOp(e, 'Microsoft.Insights/activityLogAlerts/delete')) return undefined;
    return `${azWho(e)} deleted activity log alert ${segmentAfter(e, 'activityLogAlerts') ?? '(unknown)'}`;
  },
});
