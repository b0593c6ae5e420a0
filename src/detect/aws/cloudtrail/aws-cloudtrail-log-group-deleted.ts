import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

/** Log groups that usually hold security telemetry, by the names AWS and common setups give them. */
const SECURITY_LOGS = /cloudtrail|flow-?log|vpc|guardduty|securityhub|waf|dns|resolver|audit|security|siem|eks\/.*\/cluster|route53/i;

export default defineDetection({
  id: 'aws-cloudtrail-log-group-deleted',
  kind: 'event',
  services: ['logs'],
  actions: ['DeleteLogGroup'],
  title: 'A CloudWatch log group holding security logs was deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'DeleteLogGroup removed a log group whose name marks it as security telemetry (CloudTrail, flow logs, DNS, WAF, audit): the logs in it are gone and anything still writing there fails.',
  falsePositives: 'Tearing down an environment or renaming log groups. Application log groups are not reported; check that a replacement group receives the logs.',
  references: ['https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogGroup.html'],
  match(e) {
    if (!principalCall(e, 'logs', 'DeleteLogGroup')) return undefined;
    const name = asString(req(e, 'logGroupName'));
    if (!name || !SECURITY_LOGS.test(name)) return undefined;
    return `${who(e)} deleted log group ${name}`;
  },
});
