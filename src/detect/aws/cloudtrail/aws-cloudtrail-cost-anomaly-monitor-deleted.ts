import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-cost-anomaly-monitor-deleted',
  kind: 'event',
  services: ['ce'],
  actions: ['DeleteAnomalyMonitor', 'DeleteAnomalySubscription'],
  title: 'Cost Anomaly Detection monitor or alert subscription deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'A Cost Anomaly Detection monitor or its alert subscription was deleted. These catch sudden spend such as mining on hijacked resources; removing them silences that alarm.',
  falsePositives: 'Reworking cost monitoring (a new monitor usually follows).',
  references: ['https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DeleteAnomalyMonitor.html', 'https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DeleteAnomalySubscription.html'],
  match(e) {
    if (!callEvenViaService(e, 'ce', ['DeleteAnomalyMonitor', 'DeleteAnomalySubscription'])) return undefined;
    const what = e.action === 'DeleteAnomalyMonitor' ? `anomaly monitor ${paramStr(e, 'monitorArn') ?? '(unknown)'}` : `anomaly alert subscription ${paramStr(e, 'subscriptionArn') ?? '(unknown)'}`;
    return `${who(e)} deleted ${what}`;
  },
});
