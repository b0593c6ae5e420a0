import { allowsAssume, defineRule, hasNarrowingCondition, isAnyonePrincipal, judgeDocument } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-role-trust-any-principal',
  title: 'IAM role can be assumed by any AWS principal',
  severity: 'critical',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'A role trust policy should not allow sts:AssumeRole (or its web identity and SAML forms) to Principal "*" or {"AWS": "*"} unless a condition pins the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceAccount, sts:ExternalId and the like).',
  risk: 'Any AWS account in the world can assume the role and act with its permissions; scanners look for exactly such roles.',
  remediation: {
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust.json',
    terraform: `resource "aws_iam_role" "this" {
  name = "partner-access"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "partner-contract-7" } }
    }]
  })
}`,
    cloudformation: `AssumeRolePolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: sts:AssumeRole
      Principal:
        AWS: arn:aws:iam::444455556666:root
      Condition:
        StringEquals:
          aws:PrincipalOrgID: o-exampleorgid`,
    console: 'IAM > Roles > the role > Trust relationships > Edit trust policy: name the accounts or roles that may assume it, or add an aws:PrincipalOrgID condition.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
  ],
  evaluate(role) {
    return judgeDocument(
      'trustPolicy',
      role.properties.trustPolicy,
      (st) => (allowsAssume(st) && isAnyonePrincipal(st.Principal) && !hasNarrowingCondition(st) ? 'anyone may assume the role' : false),
      'trust policy',
      'the role cannot be assumed by arbitrary AWS principals',
    );
  },
});
