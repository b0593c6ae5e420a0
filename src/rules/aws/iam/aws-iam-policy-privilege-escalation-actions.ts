import { isTrue } from '../../../model/core/index.js';
import { defineRule, escalationActions, judgeDocument } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-policy-privilege-escalation-actions',
  title: 'IAM customer managed policy allows privilege escalation actions on all resources',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'A customer managed policy should not allow, on Resource "*", IAM actions that let a principal raise its own privileges: iam:PassRole, iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:Attach*Policy, iam:Put*Policy, iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:UpdateAssumeRolePolicy, iam:AddUserToGroup and the permissions-boundary actions. A condition on iam:PassedToService, iam:PolicyARN, iam:PermissionsBoundary or iam:AssociatedResourceArn counts as a guard. Full "*" grants are left to aws-iam-policy-admin-access.',
  risk: 'Each of these actions turns limited access into administrator access: write a new default version of one\'s own policy, attach AdministratorAccess, mint keys for another user, or pass a powerful role to a new Lambda function or instance.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped.json --set-as-default',
    terraform: `data "aws_iam_policy_document" "deployer" {
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.app.arn]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}`,
    cloudformation: `Statement:
  - Effect: Allow
    Action: iam:PassRole
    Resource: !GetAtt AppRole.Arn
    Condition:
      StringEquals:
        iam:PassedToService: ecs-tasks.amazonaws.com`,
    console: 'IAM > Policies > the policy > Edit: restrict Resource of the IAM actions to specific role/user/policy ARNs, or add an iam:PassedToService / iam:PolicyARN condition.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html',
  ],
  evaluate(policy) {
    if (isTrue(policy.properties.awsManaged)) return undefined;
    return judgeDocument('document', policy.properties.document, (st) => {
      const found = escalationActions(st);
      return found.length > 0 ? `allows ${found.join(', ')} on Resource "*"` : false;
    }, 'policy document', 'the policy allows no privilege escalation action on every resource');
  },
});
