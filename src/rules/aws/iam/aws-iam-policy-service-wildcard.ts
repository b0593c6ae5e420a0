import { isTrue } from '../../../model/core/index.js';
import { defineRule, judgeDocument, serviceWildcardActions } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-policy-service-wildcard',
  title: 'IAM customer managed policy allows all actions of a service on all resources',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description: 'A customer managed policy should not allow a whole service ("s3:*", "kms:*", "iam:*") on every resource; list the actions the workload needs.',
  risk: 'A service-wide wildcard grants destructive and administrative actions along with the intended ones, and silently covers actions AWS adds later; with iam:* or kms:* it amounts to taking over the account or its keys.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped.json --set-as-default',
    terraform: `resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::app-data/*" }]
  })
}`,
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: [s3:GetObject, s3:PutObject]
      Resource: arn:aws:s3:::app-data/*`,
    console: 'IAM > Policies > the policy > Edit: replace each "service:*" action with the specific actions needed, or scope Resource to specific ARNs.',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
  ],
  evaluate(policy) {
    if (isTrue(policy.properties.awsManaged)) return undefined;
    return judgeDocument('document', policy.properties.document, (st) => {
      const wild = serviceWildcardActions(st);
      return wild.length > 0 ? `allows ${wild.join(', ')} on Resource "*"` : false;
    }, 'policy document', 'the policy allows no service-wide wildcard on every resource');
  },
});
