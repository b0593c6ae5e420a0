import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { privilegedManagedPolicy } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-admin-policy-attached-to-user',
  kind: 'event',
  services: ['iam'],
  actions: ['AttachUserPolicy'],
  title: 'Admin-level managed policy attached to an IAM user',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An AWS managed policy that hands over the account or nearly all of it (AdministratorAccess, IAMFullAccess, PowerUserAccess, ...) was attached to an IAM user (AttachUserPolicy).',
  falsePositives: 'Deliberate grants to administrators or break-glass principals, normally made by infrastructure code or a change ticket; a grant from a workload identity or an unusual source is the alarming case.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['AttachUserPolicy'])) return undefined;
    const p = privilegedManagedPolicy(param(e, 'policyArn'));
    if (!p) return undefined;
    return `${who(e)} attached ${p.name} (${p.grants}) to user ${paramStr(e, 'userName') ?? '(unnamed)'}`;
  },
});
