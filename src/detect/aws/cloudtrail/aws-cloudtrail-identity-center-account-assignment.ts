import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, nameOf, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-identity-center-account-assignment',
  kind: 'event',
  services: ['sso'],
  actions: ['CreateAccountAssignment'],
  title: 'IAM Identity Center access assigned to a user or group',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A user or group was given a permission set in an AWS account through IAM Identity Center (CreateAccountAssignment). Routine for access requests; worth a look when done outside the usual process.',
  falsePositives: 'Normal access management; compare with the access-request tickets or the infrastructure code that owns assignments.',
  references: ['https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreateAccountAssignment.html'],
  match(e) {
    if (!callEvenViaService(e, 'sso', ['CreateAccountAssignment'])) return undefined;
    const principal = `${(paramStr(e, 'principalType') ?? 'principal').toLowerCase()} ${paramStr(e, 'principalId') ?? '(unknown)'}`;
    return `${who(e)} gave ${principal} permission set ${nameOf(paramStr(e, 'permissionSetArn') ?? '(unknown)')} in account ${paramStr(e, 'targetId') ?? '(unknown)'}`;
  },
});
