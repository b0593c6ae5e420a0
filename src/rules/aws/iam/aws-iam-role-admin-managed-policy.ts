import { defineRule, judgeAttachedForAdmin } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-role-admin-managed-policy',
  title: 'IAM role has AdministratorAccess or an administrator policy attached',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'An IAM role should not have the AWS managed AdministratorAccess policy, or a customer managed policy that allows every action on every resource, attached. Customer policies are looked up in the inventory; one that is not there makes the verdict unknown.',
  risk: 'Anything that can assume the role (a service, a CI pipeline, another account) gets full control of the account; a compromised workload becomes a compromised account.',
  remediation: {
    cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    terraform: `resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.app_scoped.arn # not AdministratorAccess
}`,
    cloudformation: `AppRole:
  Type: AWS::IAM::Role
  Properties:
    ManagedPolicyArns:
      - !Ref AppScopedPolicy # not arn:aws:iam::aws:policy/AdministratorAccess`,
    console: 'IAM > Roles > the role > Permissions: remove AdministratorAccess (or the admin customer policy) and attach a least-privilege policy.',
  },
  references: [
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  evaluate(role, ctx) {
    return judgeAttachedForAdmin(role.properties.attachedPolicies, ctx);
  },
});
