import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'cmk-disable-deletion',
  control: CIS_MONITORING.kmsKeyDisableOrDeletion,
  title: 'No CloudWatch alarm for disabling or scheduled deletion of customer managed KMS keys',
  severity: 'medium',
  what: 'disabling customer managed KMS keys or scheduling their deletion',
  risk: 'Data encrypted under a deleted key is lost for good; disabling or scheduling deletion of a key is both a destructive attack and an easy mistake, and the waiting period only helps if someone is told.',
  metricName: 'DisableOrDeleteCMK',
  cis: '4.7',
  securityHub: 7,
});
