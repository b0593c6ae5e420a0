import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

const SUPPORT = /^arn:aws[a-z-]*:iam::aws:policy\/AWSSupportAccess$/;
const PRINCIPALS = ['aws.iam.role', 'aws.iam.group', 'aws.iam.user'] as const;

export default defineRule({
  id: 'aws-iam-support-role-missing',
  title: 'No IAM principal is allowed to manage AWS Support cases',
  severity: 'low',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.root-account',
  description:
    'Each account should have a role (or group) with the AWS managed policy AWSSupportAccess, so incidents can be raised with AWS Support by the people on call without the root user or an administrator. Judged once per account, over every user, group and role scanned in it.',
  risk: 'During an incident (a compromised key, a service limit, a suspected abuse report) nobody but an administrator can open or follow a support case, which delays the response or pushes people to use root.',
  remediation: {
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust-ops.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    terraform: `resource "aws_iam_role_policy_attachment" "support" {
  role       = aws_iam_role.support.name
  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
}`,
    cloudformation: `SupportRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { ... }
    ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSSupportAccess]`,
    console: 'IAM > Roles > Create role: trust your operators\' account or identity provider, attach AWSSupportAccess.',
  },
  references: [
    'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html',
  ],
  evaluate(root, ctx) {
    const principals = PRINCIPALS.flatMap((t) => ctx.inAccount(t, root.account));
    const holders = principals.filter((p) => isKnown(p.properties.attachedPolicies) && p.properties.attachedPolicies.value.some((a) => SUPPORT.test(a)));
    if (holders.length > 0) {
      return pass(`AWSSupportAccess is attached to ${holders.map((h) => h.name).join(', ')}`, ...holders.map((h) => evidence(`${h.uid}.attachedPolicies`, h.properties.attachedPolicies)));
    }
    const unread = principals.filter((p) => !isKnown(p.properties.attachedPolicies));
    if (unread.length > 0) return unknown(`attached policies of ${unread.length} principal(s) could not be read`, ...unread.slice(0, 5).map((p) => evidence(`${p.uid}.attachedPolicies`, p.properties.attachedPolicies)));
    return fail(`none of the ${principals.length} users, groups and roles of the account has AWSSupportAccess attached`, evidence('passwordLastUsed', root.properties.passwordLastUsed));
  },
});
