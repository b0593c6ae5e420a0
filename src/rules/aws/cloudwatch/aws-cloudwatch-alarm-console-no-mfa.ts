import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'console-no-mfa',
  control: CIS_MONITORING.consoleSignInWithoutMfa,
  title: 'No CloudWatch alarm for console sign-in without MFA',
  severity: 'medium',
  what: 'AWS Management Console sign-ins made without MFA',
  risk: 'A console sign-in with only a password means a single leaked password is enough; if nobody is told when it happens, a compromised user keeps working interactively in the account unseen.',
  metricName: 'ConsoleSigninWithoutMFA',
  cis: '4.2',
  securityHub: 3,
});
