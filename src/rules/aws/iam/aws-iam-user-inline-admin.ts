import { adminPredicate, defineRule, judgeInlinePolicies } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-inline-admin',
  title: 'IAM user has an inline policy granting full administrator access',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description: 'No inline policy embedded in an IAM user should allow every action on every resource, or Allow with NotAction on every resource.',
  risk: 'An inline admin grant gives the user full control of the account and, being embedded, escapes reviews of managed policies and cannot be reused or versioned.',
  remediation: {
    cli: 'aws iam delete-user-policy --user-name USER --policy-name POLICY',
    terraform: `resource "aws_iam_user_policy" "ci" {
  name = "ci"
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:PutObject"], Resource = "arn:aws:s3:::artifacts/*" }]
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
    console: 'IAM > Users > the user > Permissions > the inline policy > Remove; grant scoped access through a group instead.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(user) {
    return judgeInlinePolicies(user.properties.inlinePolicies, adminPredicate, 'No inline policy grants administrator access');
  },
});
