import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'route-table-changes',
  control: CIS_MONITORING.routeTableChanges,
  title: 'No CloudWatch alarm for route table changes',
  severity: 'medium',
  what: 'route table and route creation, replacement, deletion and association changes',
  risk: 'Changing routes can send traffic around firewalls and inspection points or out through an unintended gateway; it should be noticed when it happens.',
  metricName: 'RouteTableChanges',
  cis: '4.13',
  securityHub: 13,
});
