import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'vpc-changes',
  control: CIS_MONITORING.vpcChanges,
  title: 'No CloudWatch alarm for VPC changes',
  severity: 'medium',
  what: 'VPC creation, deletion, attribute changes and VPC peering changes',
  risk: 'A new peering connection or changed VPC attribute can join networks that were meant to stay apart, giving another account or environment a route to private resources.',
  metricName: 'VPCChanges',
  cis: '4.14',
  securityHub: 14,
});
