import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, nameOf, param, paramStr, who } from '../../kit/aws-a-events.js';
import { adminGrant, parseJsonParam, privilegedManagedPolicy } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-identity-center-admin-permission-set',
  kind: 'event',
  services: ['sso'],
  actions: ['AttachManagedPolicyToPermissionSet', 'PutInlinePolicyToPermissionSet'],
  title: 'IAM Identity Center permission set given admin rights',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An admin-level AWS managed policy was attached to an IAM Identity Center permission set, or an inline policy granting admin was put on one. Every user and account assigned the permission set gets those rights once it is provisioned.',
  falsePositives: 'Building the administrator permission set on purpose, normally from infrastructure code in the management or delegated admin account.',
  references: ['https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_AttachManagedPolicyToPermissionSet.html', 'https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_PutInlinePolicyToPermissionSet.html'],
  match(e) {
    if (!callEvenViaService(e, 'sso', ['AttachManagedPolicyToPermissionSet', 'PutInlinePolicyToPermissionSet'])) return undefined;
    const set = nameOf(paramStr(e, 'permissionSetArn') ?? '(unnamed)');
    if (e.action === 'AttachManagedPolicyToPermissionSet') {
      const p = privilegedManagedPolicy(param(e, 'managedPolicyArn'));
      return p ? `${who(e)} attached ${p.name} (${p.grants}) to permission set ${set}` : undefined;
    }
    const grant = adminGrant(parseJsonParam(param(e, 'inlinePolicy')));
    return grant ? `${who(e)} put an inline policy on permission set ${set} that ${grant}` : undefined;
  },
});
