import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}`,
      `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 20
}`,
    ],
    bad: [
      `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}`,
      `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false
}`,
    ],
    unknown: [
      `variable "encrypt" { type = bool }
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = var.encrypt
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Data:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 100
      Encrypted: true
`,
    ],
    bad: [
      `Resources:
  Data:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: !Select [0, !GetAZs ""]
      Size: 100
`,
    ],
  },
});
