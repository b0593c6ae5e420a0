import { isKnown } from '../../../model/core/index.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { accountOfPrincipal, allowsAssume, awsPrincipals, conditionKeys, defineRule, evidence, fail, isAnyonePrincipal, pass } from '../../kit/index.js';
import { judgeRoleAdmin } from '../../kit/aws-iam-grants.js';
import { organizationMembers } from '../../kit/aws-accounts.js';

/** Conditions that bind a named account's callers. */
const ACCOUNT_GUARDS = ['sts:externalid', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:multifactorauthpresent', 'aws:principalarn'];
/** For Principal "*" only conditions naming the caller's organization, account or ARN count (an external ID is not a secret). */
const ANYONE_GUARDS = ['aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourceaccount', 'aws:sourcearn'];

function guarded(st: PolicyStatement): boolean {
  const guards = isAnyonePrincipal(st.Principal) ? ANYONE_GUARDS : ACCOUNT_GUARDS;
  return conditionKeys(st).some((k) => guards.includes(k));
}

/**
 * Who outside the role's account a statement lets in without a guard ("anyone", or account ids). Accounts of
 * the same organization (when the inventory lists its members) are not outsiders: trusting the management
 * account is how AWS Organizations administers members.
 */
function outsiders(st: PolicyStatement, own: string | undefined, members: ReadonlySet<string>): string[] {
  if (!allowsAssume(st)) return [];
  if (isAnyonePrincipal(st.Principal)) return ['any AWS principal'];
  return awsPrincipals(st).flatMap((p) => {
    const acct = accountOfPrincipal(p);
    return acct !== undefined && acct !== own && !members.has(acct) ? [`account ${acct}`] : [];
  });
}

export default defineRule({
  id: 'aws-iam-role-admin-trusts-outside-account',
  title: 'IAM role with administrator access can be assumed from outside its account',
  severity: 'critical',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A role holding administrator access (AdministratorAccess, an admin customer policy or an admin inline policy) should not be assumable by any principal ("*") unless aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn binds the caller, nor by another account without sts:ExternalId, aws:PrincipalOrgID / OrgPaths, aws:PrincipalArn or an MFA condition. Accounts of the same AWS Organization (when the scan collected its members) count as inside. When the role\'s own account is unknown (IaC), any literal account counts as another account.',
  risk: 'This is the shortest path to a full account takeover: compromising any principal of the trusted account (or, for "*", any AWS account at all) gives administrator access here.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-guarded.json   # or detach the admin policy',
    terraform: `condition {
  test     = "StringEquals"
  variable = "aws:PrincipalOrgID"
  values   = ["o-a1b2c3d4e5"]
}`,
    cloudformation: `Condition:
  Bool:
    aws:MultiFactorAuthPresent: "true"`,
    console: 'IAM > Roles > the role: narrow its permissions (Permissions tab) or its trust (Trust relationships: add an organization, external ID or MFA condition).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  ],
  evaluate(role, ctx) {
    const trust = role.properties.trustPolicy;
    if (!isKnown(trust)) return undefined;
    const members = organizationMembers(ctx);
    const open = trust.value.Statement.filter((st) => outsiders(st, role.account, members).length > 0);
    if (open.length === 0) return undefined;
    const who = [...new Set(open.filter((st) => !guarded(st)).flatMap((st) => outsiders(st, role.account, members)))];
    if (who.length === 0) return pass('every statement trusting principals outside the account is guarded by an external ID, organization or MFA condition', evidence('trustPolicy', trust));
    const admin = judgeRoleAdmin(role, ctx);
    if (admin.status === 'pass') return pass(`assumable by ${who.join(', ')}, but holds no administrator grant`, ...admin.evidence);
    if (admin.status === 'unknown') return admin;
    return fail(`administrator role assumable by ${who.join(', ')} (${admin.message})`, ...admin.evidence);
  },
});
