import { defineRule, judgeDocument } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-policy-allow-not-resource',
  title: 'IAM customer managed policy allows actions through NotResource',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'A customer managed policy should not combine Effect Allow with NotResource: the statement applies to every resource except those listed, in every account the principal can reach, including resources created later.',
  risk: 'Allow-with-NotResource turns an exclusion list into a grant on everything else; a new bucket, key or role is covered the moment it exists, without anyone reviewing the policy.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://explicit-resources.json --set-as-default',
    terraform: `statement {
  actions   = ["s3:GetObject"]
  resources = ["arn:aws:s3:::reports/*"]
}`,
    cloudformation: `- Effect: Allow
  Action: s3:GetObject
  Resource: arn:aws:s3:::reports/*`,
    console: 'IAM > Policies > the policy > Edit: replace NotResource with the ARNs of the resources the principals need.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html',
  ],
  evaluate(policy) {
    return judgeDocument(
      'document',
      policy.properties.document,
      (st) => (st.Effect === 'Allow' && st.NotResource !== undefined ? 'Allow with NotResource' : false),
      'policy',
      'No statement allows through NotResource',
    );
  },
});
