import { adminPredicate, defineRule, judgeInlinePolicies } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-role-inline-admin',
  title: 'IAM role has an inline policy granting full administrator access',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description: 'No inline policy embedded in an IAM role should allow every action on every resource, or Allow with NotAction on every resource.',
  risk: 'An inline admin grant gives the role full control of the account and, being embedded, escapes reviews of managed policies and cannot be reused or versioned.',
  remediation: {
    cli: 'aws iam delete-role-policy --role-name ROLE --policy-name POLICY',
    terraform: `resource "aws_iam_role_policy" "app" {
  name = "app"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = aws_sqs_queue.jobs.arn }]
  })
}`,
    cloudformation: `Policies:
  - PolicyName: scoped
    PolicyDocument:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Action: s3:GetObject
          Resource: arn:aws:s3:::app-data/*`,
    console: 'IAM > Roles > the role > Permissions > the inline policy > Edit (scope it down) or Remove.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(role) {
    return judgeInlinePolicies(role.properties.inlinePolicies, adminPredicate, 'No inline policy grants administrator access');
  },
});
