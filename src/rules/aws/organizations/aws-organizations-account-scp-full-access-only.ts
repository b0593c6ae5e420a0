import { isKnown, isTrue } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { scpChain } from '../../kit/aws-iam-scp.js';

export default defineRule({
  id: 'aws-organizations-account-scp-full-access-only',
  title: 'Organization member account has no service control policy beyond FullAWSAccess',
  severity: 'medium',
  provider: 'aws',
  service: 'organizations',
  resourceType: 'aws.organizations.account',
  description:
    'Each member account should be under at least one service control policy of your own (on the account, an OU above it, or the root) besides the AWS managed FullAWSAccess, which allows everything. SCPs are the guard rails no administrator of the member account can remove: deny leaving the organization, disabling CloudTrail or GuardDuty, unused regions, root use. The management account is out of scope (SCPs never apply to it).',
  risk: 'With FullAWSAccess alone, an administrator (or an attacker holding an admin role) in the member account can turn off logging, leave the organization or work in regions nobody monitors.',
  remediation: {
    cli: 'aws organizations create-policy --type SERVICE_CONTROL_POLICY --name guard-rails --content file://guard-rails.json --description "org guard rails" && aws organizations attach-policy --policy-id POLICY_ID --target-id ROOT_OR_OU_ID',
    terraform: `resource "aws_organizations_policy_attachment" "guard_rails" {
  policy_id = aws_organizations_policy.guard_rails.id
  target_id = aws_organizations_organization.this.roots[0].id
}`,
    cloudformation: `GuardRails:
  Type: AWS::Organizations::Policy
  Properties:
    Type: SERVICE_CONTROL_POLICY
    Name: guard-rails
    TargetIds: [r-examplerootid]
    Content: { ... }`,
    console: 'AWS Organizations > Policies > Service control policies > Create policy, then attach it to the root or the OUs.',
  },
  references: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html',
  ],
  evaluate(account, ctx) {
    const { isManagementAccount } = account.properties;
    if (isTrue(isManagementAccount)) return undefined;
    if (!isKnown(isManagementAccount)) return unknown('whether this is the management account is unknown', evidence('isManagementAccount', isManagementAccount));
    const chain = scpChain(account, ctx);
    if (!chain.known) return unknown(chain.reason, ...chain.evidence);
    const own = chain.scps.filter((p) => !(isKnown(p.properties.awsManaged) && p.properties.awsManaged.value));
    if (own.length > 0) return pass(`guarded by ${own.map((p) => p.name).join(', ')}`, ...chain.evidence);
    const names = chain.scps.map((p) => p.name);
    return fail(`no service control policy other than ${names.length > 0 ? names.join(', ') : 'none at all'} applies to the account (${chain.targets.join(' > ')})`, ...chain.evidence);
  },
});
