import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { privilegedManagedPolicy } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-admin-policy-attached-to-role',
  kind: 'event',
  services: ['iam'],
  actions: ['AttachRolePolicy'],
  title: 'Admin-level managed policy attached to an IAM role',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An AWS managed policy that hands over the account or nearly all of it (AdministratorAccess, IAMFullAccess, PowerUserAccess, ...) was attached to an IAM role (AttachRolePolicy).',
  falsePositives: 'Deliberate grants to administrator or break-glass roles, and the CDK bootstrap, which gives its CloudFormation execution role AdministratorAccess. A grant made by a workload identity, or to a role workloads use, is the alarming case.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['AttachRolePolicy'])) return undefined;
    const p = privilegedManagedPolicy(param(e, 'policyArn'));
    if (!p) return undefined;
    return `${who(e)} attached ${p.name} (${p.grants}) to role ${paramStr(e, 'roleName') ?? '(unnamed)'}`;
  },
});
