import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-subnet-auto-public-ip',
  title: 'VPC subnet assigns public IPv4 addresses automatically',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.subnet',
  description: 'Subnets should not have "auto-assign public IPv4 address" (MapPublicIpOnLaunch) turned on.',
  risk: 'Every instance launched into the subnet gets a public address unless its launcher opts out, so internal workloads become internet-reachable by accident.',
  remediation: {
    cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch',
    terraform: `resource "aws_subnet" "app" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = false
}`,
    cloudformation: `AppSubnet:
  Type: AWS::EC2::Subnet
  Properties:
    VpcId: !Ref Vpc
    CidrBlock: 10.0.1.0/24
    MapPublicIpOnLaunch: false`,
    console: 'VPC > Subnets > the subnet > Actions > Edit subnet settings > clear "Enable auto-assign public IPv4 address".',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15',
  ],
  evaluate(subnet) {
    return check('mapPublicIpOnLaunch', subnet.properties.mapPublicIpOnLaunch, (on) => !on, {
      pass: 'The subnet does not assign public IPv4 addresses on launch',
      fail: 'The subnet assigns a public IPv4 address to every instance launched in it',
    });
  },
});
