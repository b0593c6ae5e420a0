import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { subnetIsPublic } from '../../kit/aws-network-routing.js';

export default defineRule({
  id: 'aws-ec2-subnet-public-auto-ip',
  title: 'Public subnet gives every instance a public IP address',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.subnet',
  description: 'A subnet whose route table sends traffic to an internet gateway should not also auto-assign public IPv4 addresses: together they make every instance launched there reachable from the internet by default.',
  risk: 'Any instance, including databases and internal tools launched into the wrong subnet, is directly addressable from the internet; only its security groups stand in the way.',
  remediation: {
    cli: 'aws ec2 modify-subnet-attribute --subnet-id subnet-0123456789abcdef0 --no-map-public-ip-on-launch',
    terraform: `resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.100.0/24"
  map_public_ip_on_launch = false # give public addresses explicitly, to the few hosts that need one
}`,
    cloudformation: `PublicSubnet:
  Type: AWS::EC2::Subnet
  Properties:
    VpcId: !Ref Vpc
    CidrBlock: 10.0.100.0/24
    MapPublicIpOnLaunch: false`,
    console: 'VPC > Subnets > the subnet > Actions > Edit subnet settings: clear "Enable auto-assign public IPv4 address"; keep only load balancers and NAT gateways in public subnets.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15'],
  evaluate(subnet, ctx) {
    const auto = subnet.properties.mapPublicIpOnLaunch;
    if (!isKnown(auto)) return unknown(`whether the subnet assigns public IPs could not be determined: ${auto.reason ?? 'unresolvable'}`, evidence('mapPublicIpOnLaunch', auto));
    if (!auto.value) return pass('the subnet does not assign public IPv4 addresses on launch', evidence('mapPublicIpOnLaunch', auto));
    const routed = subnetIsPublic(ctx, subnet);
    if (routed.verdict === undefined) return unknown(`the subnet assigns public IPs; whether it routes to an internet gateway is unknown: ${routed.reason}`, evidence('mapPublicIpOnLaunch', auto), ...routed.evidence);
    if (!routed.verdict) return pass(`the subnet assigns public IPs but is not routed to the internet (${routed.reason})`, evidence('mapPublicIpOnLaunch', auto), ...routed.evidence);
    return fail(`the subnet is public (${routed.reason}) and assigns a public IPv4 address to every instance`, evidence('mapPublicIpOnLaunch', auto), ...routed.evidence);
  },
});
