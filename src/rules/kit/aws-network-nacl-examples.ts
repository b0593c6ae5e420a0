import { defineExamples, type RuleExamples } from './examples.js';

/** Examples shared by the NACL open-port rules: rule-number order, separate and inline entries. */
export function naclExamples(port: number): RuleExamples {
  const vpc = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;
  return defineExamples({
    terraform: {
      good: [
        `${vpc}resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  # The deny is numbered first, so the broad allow after it never admits port ${port}.
  ingress {
    rule_no    = 50
    action     = "deny"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = ${port}
    to_port    = ${port}
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}`,
        `${vpc}resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "https" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}`,
      ],
      bad: [
        `${vpc}resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  # Numbered after the allow: too late to close the port.
  ingress {
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = ${port}
    to_port    = ${port}
  }
}`,
        `${vpc}resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "admin" {
  network_acl_id  = aws_network_acl.public.id
  rule_number     = 110
  egress          = false
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  from_port       = ${port}
  to_port         = ${port}
}`,
      ],
      unknown: [
        `variable "admin_cidr" {
  type = string
}
${vpc}resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.admin_cidr
    from_port  = ${port}
    to_port    = ${port}
  }
}`,
      ],
    },
    cloudformation: {
      good: [
        `Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-0123456789abcdef0
  DenyAdmin:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 50
      Protocol: 6
      RuleAction: deny
      CidrBlock: 0.0.0.0/0
      PortRange:
        From: ${port}
        To: ${port}
  AllowAll:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: -1
      RuleAction: allow
      CidrBlock: 0.0.0.0/0
`,
      ],
      bad: [
        `Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-0123456789abcdef0
  AllowAdmin:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      Egress: false
      CidrBlock: 0.0.0.0/0
      PortRange:
        From: ${port}
        To: ${port}
`,
      ],
    },
  });
}
