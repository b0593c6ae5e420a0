import { defineExamples } from '../../kit/index.js';
import { routeFixture, routeTableFixture } from '../../kit/aws-network-model-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const VPC = 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-main';
const PCX = 'arn:aws:ec2:eu-west-1:111122223333:vpc-peering-connection/pcx-partner';
const local = routeFixture('10.0.0.0/16', 'local', null);
const peer = (dest: string) => routeFixture(dest, 'vpc-peering-connection', PCX);
const unknownDest = { ...peer('10.50.0.0/16'), destinationCidrBlock: unresolvable<string | null>('var.peer_cidr') };

const tf = (destination: string) => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_peering_connection" "partner" {
  vpc_id        = aws_vpc.main.id
  peer_vpc_id   = "vpc-0a1b2c3d4e5f60718"
  peer_owner_id = "999988887777"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "to_partner" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = ${destination}
  vpc_peering_connection_id = aws_vpc_peering_connection.partner.id
}`;
const cfn = (destination: string) => `Resources:
  Routes:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: vpc-0123456789abcdef0
  ToPartner:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref Routes
      DestinationCidrBlock: ${destination}
      VpcPeeringConnectionId: pcx-0123456789abcdef0
`;

export default defineExamples({
  terraform: {
    good: [tf('"10.50.1.0/24"')],
    bad: [tf('"0.0.0.0/0"'), tf('"10.0.0.0/8"')],
    unknown: [`variable "partner_cidr" {\n  type = string\n}\n\n${tf('var.partner_cidr')}`],
  },
  cloudformation: { good: [cfn('10.50.0.0/16')], bad: [cfn('0.0.0.0/0')] },
  model: {
    good: [routeTableFixture('rtb-private', VPC, { routes: [local, peer('10.50.1.0/24'), peer('10.60.0.0/16')] })],
    bad: [routeTableFixture('rtb-private', VPC, { routes: [local, peer('0.0.0.0/0')] }), routeTableFixture('rtb-private', VPC, { routes: [local, peer('10.0.0.0/8')] })],
    unknown: [routeTableFixture('rtb-private', VPC, { routes: [local, unknownDest] })],
  },
});
