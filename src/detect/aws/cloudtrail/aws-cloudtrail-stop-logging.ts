import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-stop-logging',
  kind: 'event',
  services: ['cloudtrail'],
  actions: ['StopLogging'],
  title: 'CloudTrail logging was stopped',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'A trail stopped recording API activity (StopLogging). Everything done afterwards is invisible to this trail; it is often the first step before the real attack.',
  falsePositives: 'A trail being retired after its replacement is running, or a short maintenance window. Check that another trail covers the account and that logging resumed.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html'],
  match(e) {
    if (!principalCall(e, 'cloudtrail', 'StopLogging')) return undefined;
    return `${who(e)} stopped logging on trail ${asString(req(e, 'name')) ?? '(unnamed)'}`;
  },
});
