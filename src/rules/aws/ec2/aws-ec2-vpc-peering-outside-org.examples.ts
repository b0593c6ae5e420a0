import { defineExamples } from '../../kit/index.js';
import { netFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit } from '../../../model/core/index.js';
import type { ModelResource } from '../../../model/types.js';

const peering = (peerAccount: string | null) => netFixture('aws.ec2.vpc-peering-connection', 'arn:aws:ec2:eu-west-1:111122223333:vpc-peering-connection/pcx-0partner', {
  vpcId: explicit('arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-main'), peerVpcId: explicit(`arn:aws:ec2:eu-west-1:${peerAccount ?? '111122223333'}:vpc/vpc-peer`),
  peerAccountId: explicit(peerAccount), peerRegion: explicit(null), peerCidrBlock: explicit('10.50.0.0/16'), status: explicit('active'),
});
const member = (id: string): ModelResource<'aws.organizations.account'> => netFixture('aws.organizations.account', `arn:aws:organizations::111122223333:account/o-example/${id}`, {
  accountId: explicit(id), accountName: explicit(`acct-${id}`), email: explicit(`${id}@example.com`), status: explicit('ACTIVE'), parentPath: explicit('Root'),
  parentId: explicit('r-root'), joinedAt: explicit(null), joinedMethod: explicit('CREATED'), isManagementAccount: explicit(false),
});

const tf = (owner: string) => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc_peering_connection" "link" {
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = ${owner ? '"vpc-0a1b2c3d4e5f60718"' : 'aws_vpc.shared.id'}
${owner}  auto_accept = ${owner ? 'false' : 'true'}
}`;

// Organization membership is live data, so a cross-account peering in IaC alone is unknown.
export default defineExamples({
  terraform: { good: [tf('')], bad: [], unknown: [tf('  peer_owner_id = "999988887777"\n')] },
  cloudformation: {
    good: [`Resources:
  Main:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Shared:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.50.0.0/16
  Link:
    Type: AWS::EC2::VPCPeeringConnection
    Properties:
      VpcId: !Ref Main
      PeerVpcId: !Ref Shared
`],
    bad: [],
  },
  model: {
    good: [[peering('444455556666'), member('444455556666'), member('111122223333')], [peering(null)]],
    bad: [[peering('999988887777'), member('444455556666'), member('111122223333')]],
    unknown: [[peering('999988887777')]],
  },
});
