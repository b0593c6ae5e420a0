import { defineExamples } from '../../kit/index.js';

const detector = `resource "aws_guardduty_detector" "main" {
  enable = true
}
`;

const feature = (status: string) => `${detector}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RUNTIME_MONITORING"
  status      = ${status}
}`;

const cfn = (extra: string) => `Resources:
  Detector:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
${extra}
`;

export default defineExamples({
  terraform: {
    good: [feature('"ENABLED"'), `${detector}
resource "aws_guardduty_detector_feature" "runtime" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"
  additional_configuration {
    name   = "EKS_ADDON_MANAGEMENT"
    status = "ENABLED"
  }
}`],
    // A detector that does not name the plan: nothing in the configuration turns it on.
    bad: [feature('"DISABLED"'), detector],
    unknown: [`variable "status" {}\n${feature('var.status')}`],
  },
  cloudformation: {
    good: [
      cfn('      Features:\n        - Name: RUNTIME_MONITORING\n          Status: ENABLED'),
      cfn('      Features:\n        - Name: RUNTIME_MONITORING\n          Status: ENABLED\n          AdditionalConfiguration:\n            - Name: ECS_FARGATE_AGENT_MANAGEMENT\n              Status: ENABLED'),
    ],
    bad: [cfn('      Features:\n        - Name: RUNTIME_MONITORING\n          Status: DISABLED'), cfn('')],
  },
});
