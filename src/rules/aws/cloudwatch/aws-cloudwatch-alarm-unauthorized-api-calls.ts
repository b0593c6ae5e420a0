import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'unauthorized-api-calls',
  control: CIS_MONITORING.unauthorizedApiCalls,
  title: 'No CloudWatch alarm for unauthorized API calls',
  severity: 'high',
  what: 'API calls rejected as unauthorized or access denied',
  risk: 'A burst of denied calls is often the first sign of a stolen credential probing what it may do, or of a misconfigured workload; without an alarm it goes unnoticed until the attacker finds something that works.',
  metricName: 'UnauthorizedAPICalls',
  cis: '4.1',
  securityHub: 2,
});
