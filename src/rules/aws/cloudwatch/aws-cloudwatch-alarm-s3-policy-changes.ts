import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringRule } from '../../kit/aws-cis-monitoring-rule.js';

export default cisMonitoringRule({
  short: 's3-policy-changes',
  control: CIS_MONITORING.s3BucketPolicyChanges,
  title: 'No CloudWatch alarm for S3 bucket policy changes',
  severity: 'medium',
  what: 'changes to S3 bucket policies, ACLs, CORS, lifecycle and replication settings',
  risk: 'Opening a bucket policy or ACL, or replicating a bucket elsewhere, is how data is exposed or exfiltrated; unalerted changes can leave sensitive data public for a long time.',
  metricName: 'S3BucketPolicyChanges',
  cis: '4.8',
  securityHub: 8,
});
