import { defineRule, judgeDocument } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-policy-allow-not-action',
  title: 'IAM customer managed policy allows actions through NotAction',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'A customer managed policy should not combine Effect Allow with NotAction: the statement allows every action of every AWS service except the few listed, including services launched after the policy was written.',
  risk: 'Allow-with-NotAction grants far more than its author read into it (an "everything but IAM" statement still allows organizations:*, sts:* and kms:*), and grows silently as AWS adds services and actions.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://explicit-actions.json --set-as-default',
    terraform: `statement {
  effect    = "Allow"
  actions   = ["ec2:Describe*", "s3:GetObject"]
  resources = ["*"]
}`,
    cloudformation: `- Effect: Allow
  Action: [ec2:Describe*, s3:GetObject]
  Resource: "*"`,
    console: 'IAM > Policies > the policy > Edit: replace NotAction with the list of actions the principals need (use Deny with NotAction for guard rails instead).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(policy) {
    return judgeDocument(
      'document',
      policy.properties.document,
      (st) => (st.Effect === 'Allow' && st.NotAction !== undefined ? 'Allow with NotAction' : false),
      'policy',
      'No statement allows through NotAction',
    );
  },
});
