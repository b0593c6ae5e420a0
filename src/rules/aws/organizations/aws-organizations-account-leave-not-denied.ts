import { isKnown, isTrue } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, statementCoversAction, unknown } from '../../kit/index.js';
import { scpChain } from '../../kit/aws-iam-scp.js';

export default defineRule({
  id: 'aws-organizations-account-leave-not-denied',
  title: 'Organization member account is not prevented from leaving the organization',
  severity: 'medium',
  provider: 'aws',
  service: 'organizations',
  resourceType: 'aws.organizations.account',
  description:
    'A service control policy on the account, an OU above it or the root should deny organizations:LeaveOrganization, so no one in a member account can take it out of the organization. The management account is out of scope.',
  risk: 'An account that leaves the organization sheds every SCP, the organization trail and the delegated security services at once: the quickest way for an attacker with admin rights to work unobserved, or for an account to be taken over and kept.',
  remediation: {
    cli: 'aws organizations create-policy --type SERVICE_CONTROL_POLICY --name deny-leave --content \'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}\' --description "deny leaving" && aws organizations attach-policy --policy-id POLICY_ID --target-id ROOT_ID',
    terraform: `data "aws_iam_policy_document" "deny_leave" {
  statement {
    effect    = "Deny"
    actions   = ["organizations:LeaveOrganization"]
    resources = ["*"]
  }
}`,
    cloudformation: `DenyLeave:
  Type: AWS::Organizations::Policy
  Properties:
    Type: SERVICE_CONTROL_POLICY
    Name: deny-leave
    TargetIds: [r-examplerootid]
    Content:
      Version: "2012-10-17"
      Statement:
        - Effect: Deny
          Action: organizations:LeaveOrganization
          Resource: "*"`,
    console: 'AWS Organizations > Policies > Service control policies > Create policy denying organizations:LeaveOrganization; attach it to the root.',
  },
  references: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_leave-as-member.html',
  ],
  evaluate(account, ctx) {
    const { isManagementAccount } = account.properties;
    if (isTrue(isManagementAccount)) return undefined;
    if (!isKnown(isManagementAccount)) return unknown('whether this is the management account is unknown', evidence('isManagementAccount', isManagementAccount));
    const chain = scpChain(account, ctx);
    if (!chain.known) return unknown(chain.reason, ...chain.evidence);
    const denying = chain.scps.filter((p) => isKnown(p.properties.document) && p.properties.document.value.Statement.some((st) => st.Effect === 'Deny' && statementCoversAction(st, 'organizations:LeaveOrganization')));
    if (denying.length > 0) return pass(`${denying.map((p) => p.name).join(', ')} denies organizations:LeaveOrganization`, ...chain.evidence);
    return fail(`no service control policy on ${chain.targets.join(' > ')} denies organizations:LeaveOrganization`, ...chain.evidence);
  },
});
