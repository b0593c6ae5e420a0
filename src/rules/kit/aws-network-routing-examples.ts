/**
 * Terraform and CloudFormation networks for the routing rules' examples: a VPC with an internet gateway and
 * one subnet whose own route table does (or does not) send 0.0.0.0/0 to that gateway; `extra` appends the
 * resources a rule judges in that subnet (an instance, say).
 */
const tfVpc = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}
`;

export function tfSubnet(mapPublicIp: boolean, toInternet: boolean, extra = ''): string {
  return `${tfVpc}
resource "aws_subnet" "web" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = ${mapPublicIp}
}

resource "aws_route_table" "web" {
  vpc_id = aws_vpc.main.id
${toInternet ? '\n  route {\n    cidr_block = "0.0.0.0/0"\n    gateway_id = aws_internet_gateway.main.id\n  }\n' : ''}}

resource "aws_route_table_association" "web" {
  subnet_id      = aws_subnet.web.id
  route_table_id = aws_route_table.web.id
}
${extra}`;
}

export function cfnSubnet(mapPublicIp: boolean, toInternet: boolean, extra = ''): string {
  return `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Igw:
    Type: AWS::EC2::InternetGateway
  IgwAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: !Ref Vpc
      InternetGatewayId: !Ref Igw
  Web:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.1.0/24
      MapPublicIpOnLaunch: ${mapPublicIp}
  WebRoutes:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Vpc
  WebAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref Web
      RouteTableId: !Ref WebRoutes
${toInternet ? `  DefaultRoute:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref WebRoutes
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref Igw
` : ''}${extra}`;
}
