import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { adminGrant, parseJsonParam } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-admin-policy-version-default',
  kind: 'event',
  services: ['iam'],
  actions: ['CreatePolicyVersion'],
  title: 'New default policy version grants admin',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A new version of a customer managed policy was made the default (CreatePolicyVersion with setAsDefault) and it grants admin. Everyone the policy is attached to, often the caller itself, gets admin at once; this is a classic escalation with iam:CreatePolicyVersion.',
  falsePositives: 'An administrator broadening an admin policy on purpose through infrastructure code. Conditions in the statement are not evaluated.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html', 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreatePolicyVersion'])) return undefined;
    const setAsDefault = param(e, 'setAsDefault');
    if (setAsDefault !== true && setAsDefault !== 'true') return undefined;
    const grant = adminGrant(parseJsonParam(param(e, 'policyDocument')));
    if (!grant) return undefined;
    return `${who(e)} made a new default version of ${paramStr(e, 'policyArn') ?? 'a policy'} that ${grant}`;
  },
});
