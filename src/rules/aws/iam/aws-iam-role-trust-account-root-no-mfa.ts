import { accountOfPrincipal, allowsAssume, awsPrincipals, conditionKeys, defineRule, judgeDocument } from '../../kit/index.js';

/** Conditions that stop "anyone in the account" from assuming the role. */
const GUARDS = ['aws:multifactorauthpresent', 'aws:multifactorauthage', 'sts:externalid', 'aws:principalarn', 'aws:principaltag', 'aws:userid', 'aws:username'];

/** Account roots a statement trusts: `arn:aws:iam::ACCOUNT:root` or a bare account id. */
function accountRoots(principals: readonly string[]): string[] {
  return principals.filter((p) => /^\d{12}$/.test(p) || /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(p)).map((p) => accountOfPrincipal(p) ?? p);
}

export default defineRule({
  id: 'aws-iam-role-trust-account-root-no-mfa',
  title: 'IAM role trusts a whole account without requiring MFA or an external ID',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A trust statement naming an account root (`arn:aws:iam::ACCOUNT:root` or the bare id), whether the role\'s own account or another, lets every principal of that account with sts:AssumeRole in. It should require aws:MultiFactorAuthPresent, an sts:ExternalId, or pin aws:PrincipalArn / principal tags, or name the roles that may assume it.',
  risk: 'Trusting the account root delegates the decision to every identity policy of that account: any user or role there granted sts:AssumeRole on "*" (a common over-grant) becomes this role, with no second factor.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-named-roles.json',
    terraform: `principals {
  type        = "AWS"
  identifiers = ["arn:aws:iam::111122223333:role/platform-admins"]
}
condition {
  test     = "Bool"
  variable = "aws:MultiFactorAuthPresent"
  values   = ["true"]
}`,
    cloudformation: `Principal:
  AWS: arn:aws:iam::111122223333:role/platform-admins
Condition:
  Bool:
    aws:MultiFactorAuthPresent: "true"`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: replace the account root with the roles that need access, or add an MFA condition.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html',
  ],
  evaluate(role) {
    return judgeDocument(
      'trustPolicy',
      role.properties.trustPolicy,
      (st) => {
        const roots = allowsAssume(st) ? accountRoots(awsPrincipals(st)) : [];
        if (roots.length === 0 || conditionKeys(st).some((k) => GUARDS.some((g) => k === g || k.startsWith(`${g}/`)))) return false;
        return `every principal of account ${roots.join(', ')} may assume the role with no MFA, external ID or principal condition`;
      },
      'trust policy',
      'No account root is trusted without an MFA, external ID or principal condition',
    );
  },
});
