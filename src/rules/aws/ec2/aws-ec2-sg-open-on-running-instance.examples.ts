import { defineExamples } from '../../kit/index.js';

const sg = (cidr: string) => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = [${cidr}]
  }
}
`;
const instance = `
resource "aws_instance" "app" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id]
}`;

const cfn = (cidr: string) => `Resources:
  AppSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: ${cidr} }
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      SecurityGroupIds: [!Ref AppSg]
`;

export default defineExamples({
  terraform: {
    good: [sg('"10.0.0.0/16"') + instance],
    bad: [sg('"0.0.0.0/0"') + instance, sg('"::/0"').replace('cidr_blocks = ["::/0"]', 'ipv6_cidr_blocks = ["::/0"]') + instance],
    unknown: [`variable "sources" {
  type = list(string)
}
${sg('"10.0.0.0/8"').replace('cidr_blocks = ["10.0.0.0/8"]', 'cidr_blocks = var.sources')}${instance}`],
  },
  cloudformation: { good: [cfn('10.0.0.0/16')], bad: [cfn('0.0.0.0/0')] },
});
