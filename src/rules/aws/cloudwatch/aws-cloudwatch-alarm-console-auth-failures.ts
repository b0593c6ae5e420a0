import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'console-auth-failures',
  control: CIS_MONITORING.consoleAuthFailures,
  title: 'No CloudWatch alarm for failed console sign-ins',
  severity: 'medium',
  what: 'failed AWS Management Console sign-ins',
  risk: 'Repeated failed sign-ins point to password guessing or credential stuffing against the console; an alarm gives time to lock the user or block the source before a guess succeeds.',
  metricName: 'ConsoleSigninFailures',
  cis: '4.6',
  securityHub: 6,
});
