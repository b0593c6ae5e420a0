import { defineRule, judgeAttachedForAdmin } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-admin-managed-policy',
  title: 'IAM user has AdministratorAccess or an administrator policy attached',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'An IAM user should not have the AWS managed AdministratorAccess policy, or a customer managed policy that allows every action on every resource, attached. Customer policies are looked up in the inventory; one that is not there makes the verdict unknown.',
  risk: 'Long-lived user credentials (password, access keys) with full admin rights: one phished password or leaked key hands over the whole account.',
  remediation: {
    cli: 'aws iam detach-user-policy --user-name USER --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    terraform: `resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name] # grant through groups, not AdministratorAccess on the user
}`,
    cloudformation: `Alice:
  Type: AWS::IAM::User
  Properties:
    Groups: [!Ref Developers] # no AdministratorAccess in ManagedPolicyArns`,
    console: 'IAM > Users > the user > Permissions: remove AdministratorAccess (or the admin customer policy); grant what is needed through a group, and use roles for break-glass admin.',
  },
  references: [
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(user, ctx) {
    return judgeAttachedForAdmin(user.properties.attachedPolicies, ctx);
  },
});
