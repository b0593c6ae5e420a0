import { defineExamples } from '../../kit/index.js';

const VPC = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}`;

export default defineExamples({
  terraform: {
    good: [
      `${VPC}
resource "aws_s3_bucket" "flow_logs" {
  bucket = "acme-flow-logs"
}
resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`,
      `${VPC}
resource "aws_cloudwatch_log_group" "flow" {
  name              = "/vpc/flow"
  retention_in_days = 365
}
resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "REJECT"
  iam_role_arn    = "arn:aws:iam::111122223333:role/flow-logs"
  log_destination = aws_cloudwatch_log_group.flow.arn
}`,
    ],
    bad: [
      VPC,
      `${VPC}
resource "aws_vpc" "other" {
  cidr_block = "10.1.0.0/16"
}
resource "aws_flow_log" "other" {
  vpc_id               = aws_vpc.other.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}`,
    ],
    unknown: [
      `variable "vpc_id" {}
${VPC}
resource "aws_flow_log" "somewhere" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  VpcFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::acme-flow-logs
`,
    ],
    bad: [
      `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
      EnableDnsSupport: true
`,
    ],
  },
});
