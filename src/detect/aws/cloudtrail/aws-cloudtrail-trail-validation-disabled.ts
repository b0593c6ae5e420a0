import { defineDetection } from '../../kit/detection.js';
import { trailFlagsState } from '../../kit/aws-b-trail-flags.js';

export default defineDetection({
  id: 'aws-cloudtrail-trail-validation-disabled',
  kind: 'stateful',
  services: ['cloudtrail'],
  title: 'Log file integrity validation was turned off',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'UpdateTrail disabled log file validation: CloudTrail stops writing the signed digests that prove delivered log files were not altered or removed afterwards. Reported as info when the logs do not show that validation was on before.',
  falsePositives: 'Templates that leave the setting at its default (off). Turn it on.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
  create: () => trailFlagsState([{ param: 'enableLogFileValidation', createDefault: false, lost: 'stop signing its log files' }], 'info'),
});
