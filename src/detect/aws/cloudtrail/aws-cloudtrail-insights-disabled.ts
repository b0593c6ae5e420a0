import { defineDetection } from '../../kit/detection.js';
import { asList, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-insights-disabled',
  kind: 'event',
  services: ['cloudtrail'],
  actions: ['PutInsightSelectors'],
  title: 'CloudTrail Insights was turned off for a trail',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'PutInsightSelectors with an empty list: the trail stops flagging unusual API call and error rates, which is how bursts of enumeration or destruction get noticed.',
  falsePositives: 'Insights switched off to cut cost. Confirm with the account owner.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutInsightSelectors.html'],
  match(e) {
    if (!principalCall(e, 'cloudtrail', 'PutInsightSelectors')) return undefined;
    const selectors = req(e, 'insightSelectors');
    if (selectors === undefined || asList(selectors).length > 0) return undefined;
    return `${who(e)} turned off Insights on trail ${asString(req(e, 'trailName')) ?? '(unnamed)'}`;
  },
});
