import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-iam-user-no-group-direct-policies',
  title: 'IAM user belongs to no group and holds permissions directly',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.user',
  description:
    'A user in no IAM group whose permissions all come from directly attached or inline policies is managed outside the group model entirely; such users drift from their role and are missed when a team\'s access is reviewed. Users with direct policies and groups are judged by aws-iam-user-direct-policies.',
  risk: 'One-off user permissions are not revisited when people change teams, so they accumulate; an access review by group never sees them.',
  remediation: {
    cli: 'aws iam add-user-to-group --user-name USER --group-name GROUP && aws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN',
    terraform: `resource "aws_iam_user_group_membership" "this" {
  user   = aws_iam_user.this.name
  groups = [aws_iam_group.team.name]
}`,
    cloudformation: `Groups: [!Ref TeamGroup]   # on the AWS::IAM::User, with Policies and ManagedPolicyArns removed`,
    console: 'IAM > Users > the user > Groups: Add user to groups; then remove the direct policies on the Permissions tab.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
  ],
  evaluate(user) {
    const { groups, attachedPolicies, inlinePolicies } = user.properties;
    const inGroup = check('groups', groups, (g) => g.length > 0, { pass: 'the user belongs to a group', fail: '' });
    if (inGroup.status !== 'fail') return inGroup;
    if (!isKnown(attachedPolicies)) return unknown('attached policies could not be listed', evidence('attachedPolicies', attachedPolicies));
    if (!isKnown(inlinePolicies)) return unknown('inline policies could not be listed', evidence('inlinePolicies', inlinePolicies));
    const direct = attachedPolicies.value.length + inlinePolicies.value.length;
    const ev = [evidence('groups', groups), evidence('attachedPolicies', attachedPolicies), evidence('inlinePolicies', inlinePolicies)];
    return direct > 0 ? fail(`the user is in no group and has ${direct} direct polic${direct === 1 ? 'y' : 'ies'}`, ...ev) : pass('the user holds no permissions', ...ev);
  },
});
