import { defineExamples, type RuleExamples } from './examples.js';

/**
 * Terraform and CloudFormation examples shared by the open-port family: the same shapes (inline `ingress`
 * blocks, `aws_vpc_security_group_ingress_rule`, `aws_security_group_rule`, CFN inline and separate
 * `AWS::EC2::SecurityGroupIngress`) for whichever port a rule guards.
 */
export function openPortExamples(port: number, protocol: 'tcp' | 'udp' = 'tcp'): RuleExamples {
  const vpc = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;
  return defineExamples({
    terraform: {
      good: [
        `${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "public web"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "service from inside the VPC only"
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "${protocol}"
    cidr_blocks = ["10.0.0.0/16"]
  }
}`,
        `${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "internal" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "${protocol}"
  from_port         = ${port}
  to_port           = ${port}
  cidr_ipv4         = "10.0.0.0/16"
}`,
      ],
      bad: [
        `${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "${protocol}"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
        `${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "world_v6" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "${protocol}"
  from_port         = ${port}
  to_port           = ${port}
  cidr_ipv6         = "::/0"
}`,
        `${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "everything" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}`,
      ],
      unknown: [
        `variable "allowed_cidrs" {
  type = list(string)
}
${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "${protocol}"
    cidr_blocks = var.allowed_cidrs
  }
}`,
      ],
    },
    cloudformation: {
      good: [
        `Resources:
  AppSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
        - IpProtocol: ${protocol}
          FromPort: ${port}
          ToPort: ${port}
          CidrIp: 10.0.0.0/16
`,
      ],
      bad: [
        `Resources:
  AppSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - IpProtocol: ${protocol}
          FromPort: ${port}
          ToPort: ${port}
          CidrIp: 0.0.0.0/0
`,
        `Resources:
  AppSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: vpc-0123456789abcdef0
  WorldIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt AppSg.GroupId
      IpProtocol: ${protocol === 'tcp' ? '6' : '17'}
      FromPort: ${Math.max(0, port - 10)}
      ToPort: ${port + 10}
      CidrIpv6: ::/0
`,
      ],
    },
  });
}
