import { defineExamples } from '../../kit/index.js';

const vpc = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;
/** A group with one inbound rule listing `n` partner /32 addresses (each counts as one rule at AWS). */
const tf = (n: number) => `${vpc}resource "aws_security_group" "partners" {
  name   = "partners"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [${Array.from({ length: n }, (_, i) => `"198.51.100.${i + 1}/32"`).join(', ')}]
  }
}`;
const cfn = (n: number) => `Resources:
  Partners:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: partners
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
${Array.from({ length: n }, (_, i) => `        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 198.51.100.${i + 1}/32 }`).join('\n')}
`;

export default defineExamples({
  terraform: {
    good: [tf(12)],
    bad: [tf(51)],
    unknown: [`variable "partners" {
  type = list(string)
}
${tf(1).replace('cidr_blocks = ["198.51.100.1/32"]', 'cidr_blocks = var.partners')}`],
  },
  cloudformation: { good: [cfn(3)], bad: [cfn(55)] },
});
