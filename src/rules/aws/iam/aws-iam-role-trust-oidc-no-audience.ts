import type { PolicyStatement } from '../../../model/aws/policy.js';
import { allowsAssume, conditionValues, defineRule, judgeDocument, oidcProviders } from '../../kit/index.js';

/** Providers of the statement with no `<provider>:aud` condition, or one that matches any audience. */
function unbound(st: PolicyStatement): string[] {
  if (!allowsAssume(st)) return [];
  return oidcProviders(st).filter((p) => {
    const values = conditionValues(st, `${p}:aud`);
    return values.length === 0 || values.some((v) => v.trim() === '*');
  });
}

export default defineRule({
  id: 'aws-iam-role-trust-oidc-no-audience',
  title: 'IAM role trusts an OIDC provider without restricting the token audience',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A trust statement for an OIDC identity provider (GitHub Actions, GitLab, an EKS cluster, Google) should compare `<provider>:aud` with the client id issued for AWS (sts.amazonaws.com for GitHub). The subject check is judged by aws-iam-role-trust-oidc-no-sub-condition.',
  risk: 'A shared identity provider issues tokens for many relying parties; without an audience check, a token minted for another application of that provider is accepted by AWS for this role.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://oidc-trust.json',
    terraform: `condition {
  test     = "StringEquals"
  variable = "token.actions.githubusercontent.com:aud"
  values   = ["sts.amazonaws.com"]
}`,
    cloudformation: `Condition:
  StringEquals:
    token.actions.githubusercontent.com:aud: sts.amazonaws.com`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: add StringEquals on <provider>:aud with the audience configured for AWS.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
  ],
  evaluate(role) {
    return judgeDocument(
      'trustPolicy',
      role.properties.trustPolicy,
      (st) => {
        const list = unbound(st);
        return list.length > 0 ? `${list.join(', ')} is trusted with no audience condition` : false;
      },
      'trust policy',
      'Every trusted OIDC provider is bound to an audience',
    );
  },
});
