import { defineExamples } from '../../kit/index.js';

const detector = `resource "aws_guardduty_detector" "main" {
  enable = true
}
`;

const feature = (status: string) => `${detector}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "LAMBDA_NETWORK_LOGS"
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
    good: [feature('"ENABLED"')],
    // A detector that does not name the plan: nothing in the configuration turns it on.
    bad: [feature('"DISABLED"'), detector],
    unknown: [`variable "status" {}\n${feature('var.status')}`],
  },
  cloudformation: {
    good: [cfn('      Features:\n        - Name: LAMBDA_NETWORK_LOGS\n          Status: ENABLED')],
    bad: [cfn('      Features:\n        - Name: LAMBDA_NETWORK_LOGS\n          Status: DISABLED'), cfn('')],
  },
});
