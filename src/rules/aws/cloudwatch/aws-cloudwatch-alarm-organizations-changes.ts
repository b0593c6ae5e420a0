import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

// Security Hub has no CloudWatch.N control for this CIS recommendation, so only the benchmark is referenced.

export default cisMonitoringRule({
  short: 'organizations-changes',
  control: CIS_MONITORING.organizationsChanges,
  title: 'No CloudWatch alarm for AWS Organizations changes',
  severity: 'medium',
  what: 'changes to AWS Organizations (accounts, organizational units, policies and handshakes)',
  risk: 'Moving or removing accounts, or detaching service control policies, can lift guardrails across the whole organization; an unalerted change there has account-wide reach.',
  metricName: 'OrganizationsChanges',
  cis: '4.15',
});
