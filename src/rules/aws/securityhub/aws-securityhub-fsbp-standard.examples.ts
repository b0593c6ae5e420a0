import { defineExamples, modelFixture, v } from '../../kit/index.js';

const hub = `resource "aws_securityhub_account" "main" {
  enable_default_standards = false
}
`;
const subscribe = (arn: string) => `${hub}
resource "aws_securityhub_standards_subscription" "std" {
  depends_on    = [aws_securityhub_account.main]
  standards_arn = "${arn}"
}`;
const cfn = (defaults: string, std = '') => `Resources:
  Hub:
    Type: AWS::SecurityHub::Hub
    Properties:
      EnableDefaultStandards: ${defaults}
${std}`;

export default defineExamples({
  terraform: {
    good: [`resource "aws_securityhub_account" "main" {}`, subscribe('arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0')],
    bad: [hub, subscribe('arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0')],
    unknown: [`variable "std" {}\n${hub}\nresource "aws_securityhub_standards_subscription" "std" {\n  standards_arn = var.std\n}`],
  },
  cloudformation: {
    good: [cfn('true')],
    bad: [cfn('false', `  Cis:
    Type: AWS::SecurityHub::Standard
    Properties:
      StandardsArn: arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0
`)],
  },
  model: {
    good: [modelFixture('aws.securityhub.hub', 'eu-west-1', { enabled: v(true), enabledStandards: v(['arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0']) }, { account: '111122223333', region: 'eu-west-1' })],
    bad: [modelFixture('aws.securityhub.hub', 'eu-west-1', { enabled: v(true), enabledStandards: v([]) }, { account: '111122223333', region: 'eu-west-1' })],
  },
});
