import { defineExamples } from '../../kit/index.js';
import { routeFixture, routeTableFixture, subnetFixture } from '../../kit/aws-network-model-fixtures.js';
import { cfnSubnet, tfSubnet } from '../../kit/aws-network-routing-examples.js';
import { unresolvable } from '../../../model/core/index.js';

const VPC = 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-main';
const SUBNET = 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-web';
const IGW = 'arn:aws:ec2:eu-west-1:111122223333:internet-gateway/igw-main';
const local = routeFixture('10.0.0.0/16', 'local', null);
const toIgw = routeFixture('0.0.0.0/0', 'internet-gateway', IGW);

export default defineExamples({
  terraform: {
    good: [tfSubnet(false, true), tfSubnet(true, false)],
    bad: [tfSubnet(true, true)],
    unknown: [`variable "gateway" {\n  type = string\n}\n${tfSubnet(true, true).replace('gateway_id = aws_internet_gateway.main.id', 'gateway_id = var.gateway')}`],
  },
  cloudformation: { good: [cfnSubnet(false, true), cfnSubnet(true, false)], bad: [cfnSubnet(true, true)] },
  model: {
    good: [
      [subnetFixture(SUBNET, VPC, false), routeTableFixture('rtb-public', VPC, { subnets: [SUBNET], routes: [local, toIgw] })],
      [subnetFixture(SUBNET, VPC, true), routeTableFixture('rtb-main', VPC, { main: true, routes: [local] })],
    ],
    bad: [
      [subnetFixture(SUBNET, VPC, true), routeTableFixture('rtb-public', VPC, { subnets: [SUBNET], routes: [local, toIgw] })],
      [subnetFixture(SUBNET, VPC, true), routeTableFixture('rtb-main', VPC, { main: true, routes: [local, toIgw] })],
    ],
    unknown: [
      [subnetFixture(SUBNET, VPC, true)],
      [subnetFixture(SUBNET, VPC, true), routeTableFixture('rtb-public', VPC, { subnets: [SUBNET], routes: unresolvable('ec2:DescribeRouteTables: AccessDenied') })],
    ],
  },
});
