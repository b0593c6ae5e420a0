import { defineExamples } from '../../kit/index.js';

const tf = (traffic: string, head = '') => `${head}resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = ${traffic}
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
}`;

const cfn = (traffic: string) => `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ${traffic}
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::flow-logs-bucket
`;

export default defineExamples({
  terraform: {
    good: [tf('"ALL"'), tf('"REJECT"')],
    bad: [tf('"ACCEPT"')],
    unknown: [tf('var.traffic', 'variable "traffic" {}\n')],
  },
  cloudformation: {
    good: [cfn('ALL')],
    bad: [cfn('ACCEPT')],
  },
});
