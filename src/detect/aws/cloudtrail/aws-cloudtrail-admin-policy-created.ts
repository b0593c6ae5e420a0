import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { adminGrant, parseJsonParam } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-admin-policy-created',
  kind: 'event',
  services: ['iam'],
  actions: ['CreatePolicy'],
  title: 'Customer managed policy granting admin created',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A new customer managed policy allows every action, every IAM action or a self-escalating IAM action on every resource. It grants nothing until attached; noteworthy because the attachment usually follows.',
  falsePositives: 'Admin policies defined by infrastructure code for administrator roles.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreatePolicy'])) return undefined;
    const grant = adminGrant(parseJsonParam(param(e, 'policyDocument')));
    return grant ? `${who(e)} created policy ${paramStr(e, 'policyName') ?? '(unnamed)'} that ${grant}` : undefined;
  },
});
