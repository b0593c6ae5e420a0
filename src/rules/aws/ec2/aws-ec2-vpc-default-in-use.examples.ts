import { defineExamples } from '../../kit/index.js';
import { instanceFixture, networkInterfaceFixture, subnetFixture, vpcFixture } from '../../kit/aws-network-model-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const VPC = 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-default';
const defaultVpc = `resource "aws_default_vpc" "default" {}

resource "aws_default_subnet" "a" {
  availability_zone = "eu-west-1a"
}
`;

export default defineExamples({
  terraform: {
    good: [defaultVpc],
    bad: [`${defaultVpc}
resource "aws_instance" "legacy" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_default_subnet.a.id
}`],
  },
  model: {
    good: [[vpcFixture(VPC, true), networkInterfaceFixture('eni-elsewhere', 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-app')]],
    bad: [[vpcFixture(VPC, true), networkInterfaceFixture('eni-legacy', VPC, '203.0.113.9')]],
    unknown: [[vpcFixture(VPC, true), instanceFixture('i-unplaced', { subnet: null }), { ...instanceFixture('i-unknown', {}), properties: { ...instanceFixture('i-unknown', {}).properties, subnetId: unresolvable('ec2:DescribeInstances: AccessDenied') } }, subnetFixture('subnet-x', VPC, true)]],
  },
});
