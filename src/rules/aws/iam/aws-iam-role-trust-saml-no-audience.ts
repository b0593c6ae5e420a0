import { asList } from '../../../model/aws/policy.js';
import { allowsAssume, conditionKeys, defineRule, judgeDocument } from '../../kit/index.js';

/** SAML providers a statement trusts (their ARNs). */
function samlProviders(principal: unknown): string[] {
  if (principal === undefined || principal === '*' || typeof principal !== 'object' || principal === null) return [];
  return asList((principal as Record<string, string | string[]>)['Federated']).filter((f) => /:saml-provider\//.test(f));
}

export default defineRule({
  id: 'aws-iam-role-trust-saml-no-audience',
  title: 'IAM role trusts a SAML provider without checking the assertion audience',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A trust statement that lets a SAML identity provider federate into the role should require SAML:aud (the AWS sign-in endpoint the assertion was issued for), as the console\'s SAML role wizard does.',
  risk: 'Without the audience check, an assertion the identity provider issued for another service provider can be replayed to AWS to obtain this role\'s credentials.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://saml-trust.json',
    terraform: `condition {
  test     = "StringEquals"
  variable = "SAML:aud"
  values   = ["https://signin.aws.amazon.com/saml"]
}`,
    cloudformation: `Condition:
  StringEquals:
    SAML:aud: https://signin.aws.amazon.com/saml`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: add StringEquals SAML:aud = https://signin.aws.amazon.com/saml.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml',
  ],
  evaluate(role) {
    return judgeDocument(
      'trustPolicy',
      role.properties.trustPolicy,
      (st) => {
        const providers = allowsAssume(st) ? samlProviders(st.Principal) : [];
        if (providers.length === 0 || conditionKeys(st).includes('saml:aud')) return false;
        return `${providers.join(', ')} is trusted with no SAML:aud condition`;
      },
      'trust policy',
      'Every trusted SAML provider is bound to the AWS sign-in audience',
    );
  },
});
