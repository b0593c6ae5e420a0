import { defineExamples } from '../../kit/index.js';

const VPC = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}`;

export default defineExamples({
  terraform: {
    good: [
      `${VPC}
resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}`,
    ],
    bad: [
      `${VPC}
resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}`,
    ],
    unknown: [
      `variable "public" { type = bool }
${VPC}
resource "aws_subnet" "maybe" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.2.0/24"
  map_public_ip_on_launch = var.public
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Private:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.1.0/24
      MapPublicIpOnLaunch: false
`,
    ],
    bad: [
      `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Public:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.0.0/24
      MapPublicIpOnLaunch: true
`,
    ],
  },
});
