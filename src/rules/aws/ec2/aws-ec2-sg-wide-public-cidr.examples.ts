import { defineExamples } from '../../kit/index.js';

const tf = (cidrs: string) => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "partner" {
  name   = "partner"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [${cidrs}]
  }
}`;
const cfn = (source: string) => `Resources:
  Partner:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: partner
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, ${source} }
`;

export default defineExamples({
  terraform: {
    good: [tf('"198.51.100.0/28", "10.0.0.0/8", "172.16.0.0/12"'), tf('"0.0.0.0/0"')],
    bad: [tf('"52.0.0.0/8"'), tf('"203.0.0.0/16", "10.1.0.0/16"')],
    unknown: [`variable "partner_cidrs" {
  type = list(string)
}
${tf('"198.51.100.0/28"').replace('cidr_blocks = ["198.51.100.0/28"]', 'cidr_blocks = var.partner_cidrs')}`],
  },
  cloudformation: {
    good: [cfn('CidrIp: 192.168.0.0/16'), cfn('CidrIpv6: "fd00::/8"')],
    bad: [cfn('CidrIp: 3.0.0.0/9'), cfn('CidrIpv6: "2001:db8::/32"')],
  },
});
