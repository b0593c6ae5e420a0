import { defineExamples } from '../../kit/index.js';

const vpc = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;
const group = (ingressCidr: string, egressProtocol: string) => `${vpc}resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [${ingressCidr}]
  }

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "${egressProtocol}"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`;

export default defineExamples({
  terraform: {
    good: [group('"10.0.0.0/16"', '-1'), group('"0.0.0.0/0"', 'tcp')],
    bad: [group('"0.0.0.0/0"', '-1')],
    unknown: [`variable "sources" {
  type = list(string)
}
${group('"10.0.0.0/8"', '-1').replace('cidr_blocks = ["10.0.0.0/8"]', 'cidr_blocks = var.sources')}`],
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
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
      SecurityGroupEgress:
        - { IpProtocol: "-1", CidrIp: 0.0.0.0/0 }
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
        - { IpProtocol: "-1", CidrIpv6: "::/0" }
      SecurityGroupEgress:
        - { IpProtocol: "-1", CidrIp: 0.0.0.0/0 }
`,
    ],
  },
});
