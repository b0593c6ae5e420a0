import { defineExamples, modelFixture, v } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_guardduty_detector" "main" {
  enable = true
}`,
    ],
    bad: [
      `resource "aws_guardduty_detector" "main" {
  enable = false
}`,
    ],
    unknown: [
      `variable "guardduty_enabled" {
  type = bool
}
resource "aws_guardduty_detector" "main" {
  enable = var.guardduty_enabled
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Detector:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
      FindingPublishingFrequency: FIFTEEN_MINUTES
`,
    ],
    bad: [
      `Resources:
  Detector:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: false
`,
    ],
  },
  model: {
    good: [modelFixture('aws.guardduty.detector', 'eu-west-1', { enabled: v(true), findingPublishingFrequency: v('SIX_HOURS'), features: v({}), highSeverityFindings: v([]) }, { account: '111122223333', region: 'eu-west-1' })],
    // No detector in the region: the live collector reports enabled false.
    bad: [modelFixture('aws.guardduty.detector', 'ap-east-1', { enabled: v(false), findingPublishingFrequency: v('SIX_HOURS'), features: v({}), highSeverityFindings: v([]) }, { account: '111122223333', region: 'ap-east-1' })],
  },
});
