import { isTrue } from '../../../model/core/index.js';
import { adminPredicate, defineRule, judgeDocument } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-policy-admin-access',
  title: 'IAM customer managed policy grants full administrator access',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'A customer managed policy should not allow every action on every resource ("Action": "*" with "Resource": "*"), nor use an Allow with NotAction on every resource, which grants all but a few actions.',
  risk: 'Whoever the policy is attached to can do anything in the account: read every secret, delete every resource, create new users and keys, and turn off logging.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://least-privilege.json --set-as-default',
    terraform: `resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::app-data/*" }]
  })
}`,
    cloudformation: `AppPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Action: s3:GetObject
          Resource: arn:aws:s3:::app-data/*`,
    console: 'IAM > Policies > the policy > Edit: replace the "*" action (or NotAction) with the actions and resources the workload needs, then save as the default version.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  evaluate(policy) {
    // AWS managed policies are AWS's to define; their attachment is judged by the *-admin-managed-policy rules.
    if (isTrue(policy.properties.awsManaged)) return undefined;
    return judgeDocument('document', policy.properties.document, adminPredicate, 'policy document', 'the policy does not grant full administrator access');
  },
});
