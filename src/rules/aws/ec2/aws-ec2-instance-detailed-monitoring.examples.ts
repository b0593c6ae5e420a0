import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  monitoring    = true
}`,
    ],
    bad: [
      `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}`,
    ],
    unknown: [
      `variable "monitoring" { type = bool }
resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  monitoring    = var.monitoring
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
      Monitoring: true
`,
    ],
    bad: [
      `Resources:
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      Monitoring: false
`,
    ],
  },
});
