import { defineExamples } from '../../kit/index.js';
import { vpcEndpointFixture } from '../../kit/aws-network-model-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const doc = (statement: object) => JSON.stringify({ Version: '2008-10-17', Statement: [statement] });
const full = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });
const scoped = doc({ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::acme-app-data/*' });
const orgOnly = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-example' } } });
const ep = 'arn:aws:ec2:eu-west-1:111122223333:vpc-endpoint/vpce-0s3';

const tf = (policy: string) => `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.eu-west-1.s3"
${policy}}`;
const tfPolicy = (statement: string) => `  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
`;
const cfn = (policy: string) => `Resources:
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-0123456789abcdef0
      ServiceName: com.amazonaws.eu-west-1.s3
${policy}`;

export default defineExamples({
  terraform: {
    good: [tf(tfPolicy('{ Effect = "Allow", Principal = "*", Action = ["s3:GetObject"], Resource = ["arn:aws:s3:::acme-app-data/*"] }'))],
    bad: [tf(''), tf(tfPolicy('{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*" }'))],
    unknown: [`variable "endpoint_policy" {\n  type = string\n}\n\n${tf('  policy = var.endpoint_policy\n')}`],
  },
  cloudformation: {
    good: [cfn('      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: [s3:GetObject]\n            Resource: arn:aws:s3:::acme-app-data/*\n')],
    bad: [cfn(''), cfn('      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: "*"\n            Resource: "*"\n')],
  },
  model: {
    good: [vpcEndpointFixture(ep, scoped), vpcEndpointFixture(ep, orgOnly, 'Interface')],
    bad: [vpcEndpointFixture(ep, full), vpcEndpointFixture(ep, null, 'Interface')],
    unknown: [vpcEndpointFixture(ep, unresolvable('ec2:DescribeVpcEndpoints: AccessDenied'))],
  },
});
