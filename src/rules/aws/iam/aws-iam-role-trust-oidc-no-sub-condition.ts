import { isKnown } from '../../../model/core/index.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { allowsAssume, conditionValues, defineRule, judgeDocument, oidcProviders } from '../../kit/index.js';

/** `*` or GitHub's `repo:*` matches every subject the provider issues tokens for. */
const tooBroad = (v: string): boolean => v.trim() === '*' || /^repo:\*/.test(v);

/** Providers of the statement whose `<provider>:sub` condition is missing or matches anyone. */
function unpinned(st: PolicyStatement): string[] {
  if (!allowsAssume(st)) return [];
  return oidcProviders(st).filter((p) => {
    const subs = conditionValues(st, `${p}:sub`);
    return subs.length === 0 || subs.some(tooBroad);
  });
}

export default defineRule({
  id: 'aws-iam-role-trust-oidc-no-sub-condition',
  title: 'IAM role trusts an OIDC provider without restricting the token subject',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A role that trusts an OIDC identity provider (GitHub Actions token.actions.githubusercontent.com, an EKS cluster, GitLab, Terraform Cloud) for sts:AssumeRoleWithWebIdentity should have a condition on "<provider>:sub" naming the allowed subjects, and not "*" or "repo:*".',
  risk: 'Without a subject condition, anyone who can obtain a token from the provider can assume the role: for GitHub that is any workflow in any repository on github.com; for EKS, any service account in the cluster.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-with-sub.json',
    terraform: `condition {
  test     = "StringEquals"
  variable = "token.actions.githubusercontent.com:sub"
  values   = ["repo:my-org/my-repo:ref:refs/heads/main"]
}`,
    cloudformation: `Condition:
  StringEquals:
    token.actions.githubusercontent.com:aud: sts.amazonaws.com
    token.actions.githubusercontent.com:sub: repo:my-org/my-repo:ref:refs/heads/main`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: add a StringEquals (or narrow StringLike) condition on <provider>:sub for the repository/branch or service account allowed.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
  ],
  evaluate(role) {
    const trust = role.properties.trustPolicy;
    if (isKnown(trust) && !trust.value.Statement.some((st) => allowsAssume(st) && oidcProviders(st).length > 0)) return undefined;
    return judgeDocument('trustPolicy', trust, (st) => {
      const open = unpinned(st);
      return open.length > 0 ? `no narrow ${open.map((p) => `${p}:sub`).join(', ')} condition` : false;
    }, 'trust policy', 'every trusted OIDC provider is pinned to specific token subjects');
  },
});
