import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'security-group-changes',
  control: CIS_MONITORING.securityGroupChanges,
  title: 'No CloudWatch alarm for security group changes',
  severity: 'medium',
  what: 'security group creation, deletion and rule changes',
  risk: 'A single added ingress rule can expose a database or management port to the internet; alerting on security group changes catches both mistakes and an intruder opening a way in.',
  metricName: 'SecurityGroupChanges',
  cis: '4.10',
  securityHub: 10,
});
