import { defineDetection } from '../../kit/detection.js';
import { asNumber, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

const SHORT_DAYS = 7;

export default defineDetection({
  id: 'aws-cloudtrail-log-retention-shortened',
  kind: 'event',
  services: ['logs'],
  actions: ['PutRetentionPolicy'],
  title: 'Log retention cut to a few days',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: `PutRetentionPolicy set a log group to keep events for ${SHORT_DAYS} days or less: evidence expires before most investigations start, and older events are deleted at once.`,
  falsePositives: 'Debug or high-volume application logs kept briefly on purpose. Security log groups should keep months.',
  references: ['https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html'],
  match(e) {
    if (!principalCall(e, 'logs', 'PutRetentionPolicy')) return undefined;
    const days = asNumber(req(e, 'retentionInDays'));
    if (days === undefined || days > SHORT_DAYS) return undefined;
    return `${who(e)} set retention of log group ${asString(req(e, 'logGroupName')) ?? '(unnamed)'} to ${days} day(s)`;
  },
});
