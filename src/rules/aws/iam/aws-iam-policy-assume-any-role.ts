import { asList } from '../../../model/aws/policy.js';
import { defineRule, isAdminGrant, judgeDocument, statementCoversAction, statementCoversAllResources } from '../../kit/index.js';

const ASSUME = ['sts:AssumeRole', 'iam:PassRole'];

export default defineRule({
  id: 'aws-iam-policy-assume-any-role',
  title: 'IAM customer managed policy allows assuming or passing any role',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'A customer managed policy should not allow sts:AssumeRole or iam:PassRole on Resource "*" (directly or through sts:*, iam:* or a wildcard action); name the roles. Statements granting full administrator access are reported by aws-iam-policy-admin-access.',
  risk: 'Assume-any-role lets the principal become every role that trusts its account, administrators included; pass-any-role lets it hand an administrator role to a new EC2 instance or Lambda function and act through it.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://named-roles.json --set-as-default',
    terraform: `statement {
  actions   = ["sts:AssumeRole"]
  resources = [aws_iam_role.deploy.arn]
}`,
    cloudformation: `- Effect: Allow
  Action: sts:AssumeRole
  Resource: !GetAtt DeployRole.Arn`,
    console: 'IAM > Policies > the policy > Edit: replace Resource "*" with the role ARNs (and add iam:PassedToService for PassRole).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  ],
  evaluate(policy) {
    return judgeDocument(
      'document',
      policy.properties.document,
      (st) => {
        if (st.Effect !== 'Allow' || isAdminGrant(st) || !statementCoversAllResources(st)) return false;
        // A PassRole limited to one service is the documented narrow form.
        const scoped = st.Condition !== undefined && JSON.stringify(st.Condition).toLowerCase().includes('iam:passedtoservice');
        const hit = ASSUME.filter((a) => statementCoversAction(st, a) && !(a === 'iam:PassRole' && scoped));
        return hit.length > 0 ? `allows ${hit.join(' and ')} on Resource "*" (Action ${asList(st.Action ?? st.NotAction).join(', ')})` : false;
      },
      'policy',
      'No statement allows assuming or passing every role',
    );
  },
});
