import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 'iam-policy-changes',
  control: CIS_MONITORING.iamPolicyChanges,
  title: 'No CloudWatch alarm for IAM policy changes',
  severity: 'medium',
  what: 'changes to IAM policies (creating, deleting, attaching, detaching or editing inline and managed policies)',
  risk: 'Granting themselves more permissions is what an intruder does right after getting in; unalerted policy changes also let accidental privilege grants linger.',
  metricName: 'IAMPolicyChanges',
  cis: '4.4',
  securityHub: 4,
});
