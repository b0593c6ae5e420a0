import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'nacl-changes',
  control: CIS_MONITORING.naclChanges,
  title: 'No CloudWatch alarm for network ACL changes',
  severity: 'medium',
  what: 'network ACL creation, deletion, entry and association changes',
  risk: 'Network ACLs are a subnet-wide line of defence; a changed entry or association can open whole subnets to traffic that should be blocked.',
  metricName: 'NACLChanges',
  cis: '4.11',
  securityHub: 11,
});
