import { adminPredicate, defineRule, judgeInlinePolicies } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-group-inline-admin',
  title: 'IAM group has an inline policy granting full administrator access',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.group',
  description: 'No inline policy embedded in an IAM group should allow every action on every resource, or Allow with NotAction on every resource.',
  risk: 'An inline admin grant gives the group full control of the account and, being embedded, escapes reviews of managed policies and cannot be reused or versioned.',
  remediation: {
    cli: 'aws iam delete-group-policy --group-name GROUP --policy-name POLICY',
    terraform: `resource "aws_iam_group_policy" "dev" {
  name  = "dev"
  group = aws_iam_group.dev.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:GetLogEvents"], Resource = "*" }]
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
    console: 'IAM > User groups > the group > Permissions > the inline policy > Remove or Edit to scope it down.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(group) {
    return judgeInlinePolicies(group.properties.inlinePolicies, adminPredicate, 'No inline policy grants administrator access');
  },
});
