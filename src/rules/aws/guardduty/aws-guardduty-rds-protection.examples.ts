import { defineExamples } from '../../kit/index.js';

const detector = `resource "aws_guardduty_detector" "main" {
  enable = true
}
`;

const feature = (status: string) => `${detector}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RDS_LOGIN_EVENTS"
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
    good: [cfn('      Features:\n        - Name: RDS_LOGIN_EVENTS\n          Status: ENABLED')],
    bad: [cfn('      Features:\n        - Name: RDS_LOGIN_EVENTS\n          Status: DISABLED'), cfn('')],
  },
});
