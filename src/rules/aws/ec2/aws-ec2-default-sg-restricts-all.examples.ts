import { defineExamples } from '../../kit/index.js';
import { securityGroup, sgRule } from '../../kit/aws-network-fixtures.js';

// CloudFormation cannot declare a VPC's default security group, so only Terraform and model examples.
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Adopting the default group with no rule blocks strips every rule from it.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}`,
    ],
    bad: [
      `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
  },
  model: {
    good: [securityGroup([], { isDefault: true })],
    bad: [securityGroup([sgRule({ protocol: '-1', v4: ['0.0.0.0/0'] })], { isDefault: true })],
  },
});
