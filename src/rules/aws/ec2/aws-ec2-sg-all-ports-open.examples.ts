import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
    bad: [
      `resource "aws_security_group" "open" {
  name = "open"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
      `resource "aws_security_group" "open" {
  name = "open"
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.open.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}`,
      `resource "aws_security_group" "open" {
  name = "open"
}

resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  security_group_id = aws_security_group.open.id
  protocol          = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_blocks       = ["0.0.0.0/0"]
}`,
    ],
    unknown: [
      `variable "protocol" {
  type = string
}

resource "aws_security_group" "open" {
  name = "open"

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = var.protocol
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
    ],
    bad: [
      `Resources:
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      SecurityGroupIngress:
        - IpProtocol: "-1"
          CidrIp: 0.0.0.0/0
`,
      `Resources:
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
  AllTcp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Open
      IpProtocol: tcp
      FromPort: 0
      ToPort: 65535
      CidrIp: 0.0.0.0/0
`,
    ],
  },
});
