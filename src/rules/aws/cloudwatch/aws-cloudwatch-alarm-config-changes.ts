import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'config-changes',
  control: CIS_MONITORING.configChanges,
  title: 'No CloudWatch alarm for AWS Config configuration changes',
  severity: 'medium',
  what: 'changes to AWS Config recorders and delivery channels',
  risk: 'Stopping the configuration recorder or removing its delivery channel erases the configuration history auditors and responders rely on; it should never happen silently.',
  metricName: 'AWSConfigChanges',
  cis: '4.9',
  securityHub: 9,
});
