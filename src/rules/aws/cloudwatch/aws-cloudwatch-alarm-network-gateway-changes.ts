import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'network-gateway-changes',
  control: CIS_MONITORING.networkGatewayChanges,
  title: 'No CloudWatch alarm for network gateway changes',
  severity: 'medium',
  what: 'creation, deletion, attachment and detachment of internet and customer gateways',
  risk: 'Attaching an internet gateway or adding a customer gateway creates a new path in or out of the network, which can be used to exfiltrate data or bypass inspection.',
  metricName: 'NetworkGatewayChanges',
  cis: '4.12',
  securityHub: 12,
});
