import { defineExamples } from '../../kit/index.js';
import { instanceFixture, routeFixture, routeTableFixture, subnetFixture } from '../../kit/aws-network-model-fixtures.js';
import { cfnSubnet, tfSubnet } from '../../kit/aws-network-routing-examples.js';

const VPC = 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-main';
const PUBLIC = 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-public';
const PRIVATE = 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-private';
const IGW = 'arn:aws:ec2:eu-west-1:111122223333:internet-gateway/igw-main';
const local = routeFixture('10.0.0.0/16', 'local', null);
const network = [
  subnetFixture(PUBLIC, VPC, false),
  subnetFixture(PRIVATE, VPC, false),
  routeTableFixture('rtb-public', VPC, { subnets: [PUBLIC], routes: [local, routeFixture('0.0.0.0/0', 'internet-gateway', IGW)] }),
  routeTableFixture('rtb-main', VPC, { main: true, routes: [local] }),
];
const instance = (subnet: string, ip: string | null, state = 'running') => instanceFixture('arn:aws:ec2:eu-west-1:111122223333:instance/i-0app', { subnet, publicIp: ip, state });

const tfInstance = (publicIp: boolean) => `
resource "aws_instance" "app" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.web.id
  associate_public_ip_address = ${publicIp}
}
`;
const cfnInstance = `  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      SubnetId: !Ref Web
`;

export default defineExamples({
  terraform: {
    good: [tfSubnet(false, false, tfInstance(true)), tfSubnet(false, true, tfInstance(false))],
    bad: [tfSubnet(false, true, tfInstance(true)), tfSubnet(true, true, tfInstance(true).replace('  associate_public_ip_address = true\n', ''))],
  },
  cloudformation: { good: [cfnSubnet(false, true, cfnInstance)], bad: [cfnSubnet(true, true, cfnInstance)] },
  model: {
    good: [[instance(PRIVATE, '203.0.113.7'), ...network], [instance(PUBLIC, null), ...network]],
    bad: [[instance(PUBLIC, '203.0.113.7'), ...network]],
    unknown: [[instance(PUBLIC, '203.0.113.7')], [instance('arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-elsewhere', '203.0.113.7'), ...network]],
  },
});
