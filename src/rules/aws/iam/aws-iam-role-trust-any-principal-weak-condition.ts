import { allowsAssume, conditionKeys, defineRule, isAnyonePrincipal, judgeDocument } from '../../kit/index.js';

/** Condition keys that bind a public trust statement to callers the owner knows (organization, account, principal). */
const STRONG = ['aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceowner', 'aws:userid'];

export default defineRule({
  id: 'aws-iam-role-trust-any-principal-weak-condition',
  title: 'IAM role trusts any principal with only a weak condition',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A trust statement open to Principal "*" should be bound by a condition that names who may assume the role: aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount or aws:SourceArn. Conditions such as sts:ExternalId (not a secret), aws:SourceIp, aws:SecureTransport, aws:MultiFactorAuthPresent or a user agent do not. A public statement without any condition is reported by aws-iam-role-trust-any-principal.',
  risk: 'An external ID is shared with the vendor and often printed in its documentation, and an IP or TLS condition says nothing about the caller\'s account: any AWS customer who learns or guesses the value can assume the role.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-org-bound.json',
    terraform: `condition {
  test     = "StringEquals"
  variable = "aws:PrincipalOrgID"
  values   = ["o-a1b2c3d4e5"]
}`,
    cloudformation: `Condition:
  StringEquals:
    aws:PrincipalOrgID: o-a1b2c3d4e5`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: name the trusted account or role as Principal, or add aws:PrincipalOrgID.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
  ],
  evaluate(role) {
    return judgeDocument(
      'trustPolicy',
      role.properties.trustPolicy,
      (st) => {
        const keys = conditionKeys(st);
        if (!allowsAssume(st) || !isAnyonePrincipal(st.Principal) || keys.length === 0 || keys.some((k) => STRONG.includes(k))) return false;
        return `Principal "*" is bound only by ${[...new Set(keys)].join(', ')}`;
      },
      'trust policy',
      'No public trust statement relies on a weak condition alone',
    );
  },
});
