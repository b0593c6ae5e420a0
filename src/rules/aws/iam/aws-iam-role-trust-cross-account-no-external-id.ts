import { isKnown } from '../../../model/core/index.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { accountOfPrincipal, allowsAssume, awsPrincipals, conditionKeys, defineRule, judgeDocument } from '../../kit/index.js';

const GUARDS = ['sts:externalid', 'aws:principalorgid', 'aws:principalorgpaths'];

/**
 * Accounts other than `own` that a statement lets assume the role. In IaC the role's own account is
 * usually unknown (Terraform names it through data.aws_caller_identity, which does not resolve to a
 * literal), so with `own` undefined every literal 12-digit account counts as another account.
 */
function foreignAccounts(st: PolicyStatement, own: string | undefined): string[] {
  if (!allowsAssume(st)) return [];
  return awsPrincipals(st).flatMap((p) => {
    const acct = accountOfPrincipal(p);
    return acct !== undefined && acct !== own ? [acct] : [];
  });
}

export default defineRule({
  id: 'aws-iam-role-trust-cross-account-no-external-id',
  title: 'IAM role trusts another AWS account without an external ID or organization condition',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A role that another AWS account (its root or its principals) may assume should require sts:ExternalId, or pin callers to your organization with aws:PrincipalOrgID / aws:PrincipalOrgPaths. When the role\'s own account is unknown (typical in IaC), any literal 12-digit account in the trust policy is treated as another account.',
  risk: 'Without an external ID, a third-party service that assumes roles for many customers can be tricked into acting on your account (the confused deputy problem); any principal in the trusted account that has sts:AssumeRole can get in.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-with-external-id.json',
    terraform: `assume_role_policy = jsonencode({
  Version = "2012-10-17"
  Statement = [{
    Effect    = "Allow"
    Action    = "sts:AssumeRole"
    Principal = { AWS = "arn:aws:iam::444455556666:root" }
    Condition = { StringEquals = { "sts:ExternalId" = var.partner_external_id } }
  }]
})`,
    cloudformation: `Condition:
  StringEquals:
    sts:ExternalId: !Ref PartnerExternalId`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: add a StringEquals condition on sts:ExternalId (third parties) or aws:PrincipalOrgID (your own organization).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  ],
  evaluate(role) {
    const trust = role.properties.trustPolicy;
    const own = role.account;
    if (isKnown(trust) && !trust.value.Statement.some((st) => foreignAccounts(st, own).length > 0)) return undefined;
    return judgeDocument('trustPolicy', trust, (st) => {
      const foreign = foreignAccounts(st, own);
      if (foreign.length === 0 || conditionKeys(st).some((k) => GUARDS.includes(k))) return false;
      return `account ${foreign.join(', ')} may assume the role with no sts:ExternalId or aws:PrincipalOrgID condition`;
    }, 'trust policy', 'every other account it trusts is bound by an external ID or organization condition');
  },
});
