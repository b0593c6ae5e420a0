import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'cloudtrail-changes',
  control: CIS_MONITORING.cloudTrailChanges,
  title: 'No CloudWatch alarm for CloudTrail configuration changes',
  severity: 'medium',
  what: 'changes to CloudTrail trails (creation, update, deletion, starting and stopping logging)',
  risk: 'Stopping or reconfiguring a trail is how an intruder blinds the audit log before acting; without an alarm the gap in the record is found only afterwards, if at all.',
  metricName: 'CloudTrailCfgChanges',
  cis: '4.5',
  securityHub: 5,
});
