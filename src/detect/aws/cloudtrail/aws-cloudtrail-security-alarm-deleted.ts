import { defineDetection } from '../../kit/detection.js';
import { asStrings, principalCall, req, who } from '../../kit/aws-b-params.js';

/** Alarm names that mark a security alarm (the CIS CloudTrail alarms and the usual wording). */
const SECURITY_ALARM = /unauthori[sz]ed|root|mfa|console.?sign|sign.?in|iam|policy|cloudtrail|trail|config|security.?group|nacl|network.?acl|gateway|route.?table|vpc|kms|cmk|s3.?bucket.?policy|guardduty|securityhub|security|audit|organi[sz]ations?/i;

export default defineDetection({
  id: 'aws-cloudtrail-security-alarm-deleted',
  kind: 'event',
  services: ['monitoring'],
  actions: ['DeleteAlarms', 'DisableAlarmActions'],
  title: 'A security alarm was deleted or its actions disabled',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteAlarms or DisableAlarmActions on CloudWatch alarms whose names mark them as security alarms (root use, IAM or policy changes, CloudTrail or Config changes, security groups): the notification they would send never goes out.',
  falsePositives: 'Re-creating alarms through infrastructure as code, or muting during planned maintenance. Alarms with other names are not reported.',
  references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DeleteAlarms.html', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DisableAlarmActions.html'],
  match(e) {
    if (!principalCall(e, 'monitoring', 'DeleteAlarms', 'DisableAlarmActions')) return undefined;
    const names = asStrings(req(e, 'alarmNames')).filter((n) => SECURITY_ALARM.test(n));
    if (names.length === 0) return undefined;
    return `${who(e)} ${e.action === 'DeleteAlarms' ? 'deleted' : 'disabled the actions of'} security alarm(s) ${names.join(', ')}`;
  },
});
