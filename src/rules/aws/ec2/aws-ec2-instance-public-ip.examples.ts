import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_instance" "app" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}`,
    ],
    bad: [
      `resource "aws_instance" "bastion" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}`,
    ],
    unknown: [
      `variable "public" { type = bool }
resource "aws_instance" "app" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      NetworkInterfaces:
        - DeviceIndex: "0"
          SubnetId: subnet-0123456789abcdef0
          AssociatePublicIpAddress: false
`,
    ],
    bad: [
      `Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      NetworkInterfaces:
        - DeviceIndex: "0"
          SubnetId: subnet-0123456789abcdef0
          AssociatePublicIpAddress: true
`,
    ],
  },
});
