import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'root-usage',
  control: CIS_MONITORING.rootAccountUse,
  title: 'No CloudWatch alarm for use of the root user',
  severity: 'high',
  what: 'any use of the root user (other than by AWS services)',
  risk: 'The root user bypasses IAM policies and should almost never be used; an unannounced root sign-in or API call is either an emergency or an intruder, and both need a person to look at once.',
  metricName: 'RootAccountUsage',
  cis: '4.3',
  securityHub: 1,
});
