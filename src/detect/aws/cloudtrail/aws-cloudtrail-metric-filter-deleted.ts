import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-metric-filter-deleted',
  kind: 'event',
  services: ['logs'],
  actions: ['DeleteMetricFilter'],
  title: 'A CloudWatch Logs metric filter was deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteMetricFilter removed a filter that turns log lines into a metric. Security alarms on CloudTrail (root use, policy changes, console failures) are built on such filters; without it their alarm never triggers.',
  falsePositives: 'Routine changes to application metrics. Check whether the filter fed a security alarm.',
  references: ['https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteMetricFilter.html'],
  match(e) {
    if (!principalCall(e, 'logs', 'DeleteMetricFilter')) return undefined;
    return `${who(e)} deleted metric filter ${asString(req(e, 'filterName')) ?? '(unnamed)'} on log group ${asString(req(e, 'logGroupName')) ?? '(unnamed)'}`;
  },
});
