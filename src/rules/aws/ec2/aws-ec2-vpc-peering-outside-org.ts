import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-vpc-peering-outside-org',
  title: 'VPC is peered with an account outside the organization',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.vpc-peering-connection',
  description: "VPC peering connections should link VPCs of this account or of member accounts of the AWS Organization; a peer in an unknown account needs review, narrow routes and security groups that reference only the peer's hosts that must connect.",
  risk: "Peering makes the other network a neighbour: hosts in an account you do not control can reach every port your security groups open to the peer's range, and a compromise on their side lands inside your VPC.",
  remediation: {
    cli: 'aws ec2 delete-vpc-peering-connection --vpc-peering-connection-id pcx-0123456789abcdef0  # or replace it with AWS PrivateLink for the one service the partner needs',
    terraform: `resource "aws_vpc_endpoint_service" "partner_api" {
  acceptance_required        = true
  network_load_balancer_arns = [aws_lb.partner_api.arn]
  allowed_principals         = ["arn:aws:iam::999988887777:root"] # expose one service, not the whole VPC
}`,
    cloudformation: `PartnerApiService:
  Type: AWS::EC2::VPCEndpointService
  Properties:
    AcceptanceRequired: true
    NetworkLoadBalancerArns: [!Ref PartnerApiNlb]`,
    console: 'VPC > Peering connections: check the accepter/requester owner of each connection; delete those to accounts that are not yours, or document them and narrow their routes.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security.html', 'https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html'],
  evaluate(peering, ctx) {
    const { peerAccountId, status } = peering.properties;
    if (isKnown(status) && !['active', 'pending-acceptance', 'provisioning'].includes(status.value)) return undefined;
    if (!isKnown(peerAccountId)) return unknown('the peer account could not be determined', evidence('peerAccountId', peerAccountId));
    if (peerAccountId.value === null) return pass('both VPCs belong to this account', evidence('peerAccountId', peerAccountId));
    const members = ctx.ofType('aws.organizations.account');
    const member = ctx.referencing('aws.organizations.account', 'accountId', peerAccountId.value)[0];
    if (member) return pass(`peer account ${peerAccountId.value} (${member.name}) is a member of the organization`, evidence('peerAccountId', peerAccountId));
    if (members.length === 0) {
      // Without the organization's member list (a single-account scan), the accounts scanned are the known ones.
      const scanned = ctx.referencing('aws.sts.caller-identity', 'accountId', peerAccountId.value);
      if (scanned.length > 0) return pass(`peer account ${peerAccountId.value} is one of the scanned accounts`, evidence('peerAccountId', peerAccountId));
      if (ctx.ofType('aws.sts.caller-identity').length === 0) return unknown(`peer account ${peerAccountId.value} is another account, and neither the organization's members nor the scanned accounts are known`, evidence('peerAccountId', peerAccountId));
      return fail(`the VPC is peered with account ${peerAccountId.value}, which is not one of the scanned accounts (no organization member list was collected)`, evidence('peerAccountId', peerAccountId), evidence('status', status));
    }
    return fail(`the VPC is peered with account ${peerAccountId.value}, which is not a member of the organization`, evidence('peerAccountId', peerAccountId), evidence('status', status));
  },
});
