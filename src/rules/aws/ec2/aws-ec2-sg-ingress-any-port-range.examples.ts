import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 1024
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}`,
    ],
    bad: [
      `resource "aws_security_group" "ephemeral" {
  name = "ephemeral"
}

resource "aws_vpc_security_group_ingress_rule" "high_ports" {
  security_group_id = aws_security_group.ephemeral.id
  ip_protocol       = "tcp"
  from_port         = 1024
  to_port           = 65535
  cidr_ipv4         = "0.0.0.0/0"
}`,
      `resource "aws_security_group" "games" {
  name = "games"

  ingress {
    from_port        = 20000
    to_port          = 30000
    protocol         = "udp"
    ipv6_cidr_blocks = ["::/0"]
  }
}`,
    ],
    unknown: [
      `variable "upper_port" {
  type = number
}

resource "aws_security_group" "app" {
  name = "app"

  ingress {
    from_port   = 8000
    to_port     = var.upper_port
    protocol    = "tcp"
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
          FromPort: 8000
          ToPort: 8100
          CidrIp: 0.0.0.0/0
`,
    ],
    bad: [
      `Resources:
  App:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
  HighPorts:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt App.GroupId
      IpProtocol: tcp
      FromPort: 1024
      ToPort: 65535
      CidrIp: 0.0.0.0/0
`,
    ],
  },
});
