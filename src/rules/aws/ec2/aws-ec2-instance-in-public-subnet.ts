import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { subnetIsPublic } from '../../kit/aws-network-routing.js';

export default defineRule({
  id: 'aws-ec2-instance-in-public-subnet',
  title: 'Running instance with a public IP sits in a public subnet',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description: 'Running EC2 instances with a public IPv4 address should not live in subnets routed to an internet gateway; keep them in private subnets behind a load balancer, NAT gateway or Session Manager.',
  risk: 'An instance with a public address in a public subnet is one security-group mistake away from direct exposure, and its own outbound traffic bypasses any central egress filtering.',
  remediation: {
    cli: 'aws ec2 create-image --instance-id i-0123456789abcdef0 --name app-move && aws ec2 run-instances --image-id AMI_ID --instance-type t3.micro --subnet-id subnet-0private0000000000 --no-associate-public-ip-address',
    terraform: `resource "aws_instance" "app" {
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false
}`,
    cloudformation: `App:
  Type: AWS::EC2::Instance
  Properties:
    SubnetId: !Ref PrivateSubnet`,
    console: 'EC2 > Instances: create an AMI of the instance, launch it in a private subnet without a public IP, move traffic to it through a load balancer, then terminate the public one.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9'],
  evaluate(instance, ctx) {
    const { state, subnetId, hasPublicIp } = instance.properties;
    if (isKnown(state) && !['running', 'pending'].includes(state.value)) return undefined;
    if (isKnown(hasPublicIp) && !hasPublicIp.value) return pass('the instance has no public IPv4 address', evidence('hasPublicIp', hasPublicIp));
    if (!isKnown(subnetId) || !isKnown(hasPublicIp) || !isKnown(state)) return unknown('the instance state, public address or subnet could not be determined', evidence('state', state), evidence('hasPublicIp', hasPublicIp), evidence('subnetId', subnetId));
    if (subnetId.value === null) return pass('the instance is not in a VPC subnet', evidence('subnetId', subnetId));
    const subnet = ctx.get(subnetId.value);
    if (subnet === undefined || subnet.type !== 'aws.ec2.subnet') return unknown(`subnet ${subnetId.value} is not in the inventory`, evidence('subnetId', subnetId));
    const routed = subnetIsPublic(ctx, subnet as Parameters<typeof subnetIsPublic>[1]);
    const ev = [evidence('hasPublicIp', hasPublicIp), evidence('subnetId', subnetId), ...routed.evidence];
    if (routed.verdict === undefined) return unknown(`whether subnet ${subnet.name} is public is unknown: ${routed.reason}`, ...ev);
    return routed.verdict ? fail(`the instance has a public IP in public subnet ${subnet.name} (${routed.reason})`, ...ev) : pass(`subnet ${subnet.name} is private (${routed.reason})`, ...ev);
  },
});
