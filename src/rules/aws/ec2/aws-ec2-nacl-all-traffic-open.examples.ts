import { defineExamples } from '../../kit/index.js';

const acl = (entries: string) => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id
${entries}}`;
const entry = (n: number, action: string, protocol: string, cidr: string, ports = '0') => `
  ingress {
    rule_no    = ${n}
    action     = "${action}"
    protocol   = "${protocol}"
    ${cidr}
    from_port  = ${ports}
    to_port    = ${ports}
  }
`;

export default defineExamples({
  terraform: {
    good: [
      acl(entry(100, 'allow', 'tcp', 'cidr_block = "0.0.0.0/0"', '443') + entry(200, 'allow', '-1', 'cidr_block = "10.0.0.0/16"')),
      acl(entry(50, 'deny', '-1', 'cidr_block = "0.0.0.0/0"') + entry(100, 'allow', '-1', 'cidr_block = "0.0.0.0/0"')),
    ],
    bad: [acl(entry(100, 'allow', '-1', 'cidr_block = "0.0.0.0/0"')), acl(entry(100, 'allow', '-1', 'ipv6_cidr_block = "::/0"'))],
    unknown: [`variable "source_cidr" {
  type = string
}
${acl(entry(100, 'allow', '-1', 'cidr_block = var.source_cidr'))}`],
  },
  cloudformation: {
    good: [
      `Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-0123456789abcdef0
  HttpsIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      CidrBlock: 0.0.0.0/0
      PortRange: { From: 443, To: 443 }
`,
    ],
    bad: [
      `Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-0123456789abcdef0
  AllIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Protocol: -1
      RuleAction: allow
      CidrBlock: 0.0.0.0/0
`,
    ],
  },
});
