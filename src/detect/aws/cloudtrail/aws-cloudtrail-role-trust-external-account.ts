import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { parseJsonParam, trustedPrincipals } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-role-trust-external-account',
  kind: 'event',
  services: ['iam'],
  actions: ['UpdateAssumeRolePolicy', 'CreateRole'],
  title: 'Role trust policy opened to an unknown AWS account',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: "A role was created, or its trust policy replaced, so that principals of an AWS account outside the organization can assume it. Backdooring a role's trust is a common way to keep access from an attacker-owned account. Accounts listed as known (the organization's) and the role's own account do not count.",
  falsePositives: 'Vendor integrations (monitoring, backup, security tools) that are given a cross-account role; list the organization\'s accounts as known and check the vendor account id against the vendor\'s documentation.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html'],
  match(e, ctx) {
    if (!callEvenViaService(e, 'iam', ['UpdateAssumeRolePolicy', 'CreateRole'])) return undefined;
    const doc = parseJsonParam(param(e, e.action === 'CreateRole' ? 'assumeRolePolicyDocument' : 'policyDocument'));
    const external = [...trustedPrincipals(doc).accounts].filter((a) => a !== e.account && !ctx.knownAccounts.has(a));
    if (external.length === 0) return undefined;
    return `${who(e)} let account${external.length > 1 ? 's' : ''} ${external.join(', ')} assume role ${paramStr(e, 'roleName') ?? '(unnamed)'}`;
  },
});
