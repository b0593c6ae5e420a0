import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';
import { parseJsonParam, trustedPrincipals } from '../../kit/aws-a-policy.js';

export default defineDetection({
  id: 'aws-cloudtrail-role-trust-public',
  kind: 'event',
  services: ['iam'],
  actions: ['UpdateAssumeRolePolicy', 'CreateRole'],
  title: 'Role trust policy lets anyone assume the role',
  severity: 'critical',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: 'A role was created, or its trust policy replaced, with a `*` principal (or NotPrincipal) and no condition tying callers to an account or organization: any AWS principal in any account can assume it.',
  falsePositives: 'Very rare. A `*` principal scoped by a condition the detection does not know (for example on an external id only) would also fire; check the full trust policy.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['UpdateAssumeRolePolicy', 'CreateRole'])) return undefined;
    const doc = parseJsonParam(param(e, e.action === 'CreateRole' ? 'assumeRolePolicyDocument' : 'policyDocument'));
    if (!trustedPrincipals(doc).anyone) return undefined;
    return `${who(e)} ${e.action === 'CreateRole' ? 'created' : 'changed the trust policy of'} role ${paramStr(e, 'roleName') ?? '(unnamed)'} so that any AWS principal can assume it`;
  },
});
