import { all, check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-direct-policies',
  title: 'IAM user has policies attached directly instead of through groups',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description: 'IAM users should receive permissions only through group membership: no managed policies attached to the user and no inline user policies.',
  risk: 'Per-user grants drift apart, are hard to review and are easily forgotten when a person changes role or leaves, so users keep permissions nobody meant them to have.',
  remediation: {
    cli: 'aws iam add-user-to-group --user-name USER --group-name GROUP && aws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN && aws iam delete-user-policy --user-name USER --policy-name POLICY',
    terraform: `resource "aws_iam_group_policy_attachment" "devs" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developer.arn
}
resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}`,
    cloudformation: `Alice:
  Type: AWS::IAM::User
  Properties:
    Groups: [!Ref Developers]   # no Policies, no ManagedPolicyArns`,
    console: 'IAM > Users > the user > Permissions: remove directly attached and inline policies, then add the user to a group that holds them (Groups tab).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
  ],
  evaluate(user) {
    const { attachedPolicies, inlinePolicies } = user.properties;
    return all(
      [
        check('attachedPolicies', attachedPolicies, (l) => l.length === 0, { pass: '', fail: 'the user has managed policies attached directly' }),
        check('inlinePolicies', inlinePolicies, (l) => l.length === 0, { pass: '', fail: 'the user has inline policies' }),
      ],
      'The user has no direct policies; permissions come through groups',
    );
  },
});
