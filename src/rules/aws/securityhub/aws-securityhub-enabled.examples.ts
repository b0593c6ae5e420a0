import { defineExamples, modelFixture, v } from '../../kit/index.js';

// A hub declared in IaC is enabled by its existence; the failing case is a region without one (live).
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_securityhub_account" "main" {
  enable_default_standards = true
}`,
    ],
    bad: [],
  },
  cloudformation: {
    good: [
      `Resources:
  Hub:
    Type: AWS::SecurityHub::Hub
    Properties:
      EnableDefaultStandards: true
`,
    ],
    bad: [],
  },
  model: {
    good: [
      modelFixture('aws.securityhub.hub', 'eu-west-1', {
        enabled: v(true), enabledStandards: v(['arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0']),
      }, { account: '111122223333', region: 'eu-west-1' }),
    ],
    bad: [modelFixture('aws.securityhub.hub', 'eu-north-1', { enabled: v(false), enabledStandards: v([]) }, { account: '111122223333', region: 'eu-north-1' })],
  },
});
