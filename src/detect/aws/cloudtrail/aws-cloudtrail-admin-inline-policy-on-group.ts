import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { adminGrant, parseJsonParam } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-admin-inline-policy-on-group',
  kind: 'event',
  services: ['iam'],
  actions: ['PutGroupPolicy'],
  title: 'Inline policy granting admin put on an IAM group',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An inline policy written onto an IAM group (PutGroupPolicy) allows every action, every IAM action, or an IAM action that lets its holder grant itself more, on every resource. Inline policies are a quiet way to escalate: they do not show up among managed policies.',
  falsePositives: 'Bootstrap or break-glass principals set up by infrastructure code. Conditions in the statement are not evaluated and may narrow the grant; the message says when one is present.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutGroupPolicy.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['PutGroupPolicy'])) return undefined;
    const grant = adminGrant(parseJsonParam(param(e, 'policyDocument')));
    if (!grant) return undefined;
    return `${who(e)} put inline policy ${paramStr(e, 'policyName') ?? '(unnamed)'} on group ${paramStr(e, 'groupName') ?? '(unnamed)'}: it ${grant}`;
  },
});
