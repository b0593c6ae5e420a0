import { defineExamples } from '../../kit/index.js';

const detector = `resource "aws_guardduty_detector" "main" {
  enable = true
}
`;

const feature = (status: string) => `${detector}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "EKS_AUDIT_LOGS"
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
    good: [detector, feature('"ENABLED"')],
    bad: [feature('"DISABLED"'), `resource "aws_guardduty_detector" "main" {
  enable = true
  datasources {
    kubernetes {
      audit_logs {
        enable = false
      }
    }
  }
}`],
    unknown: [`variable "status" {}\n${feature('var.status')}`],
  },
  cloudformation: {
    good: [cfn(''), cfn('      Features:\n        - Name: EKS_AUDIT_LOGS\n          Status: ENABLED')],
    bad: [cfn('      Features:\n        - Name: EKS_AUDIT_LOGS\n          Status: DISABLED'), cfn('      DataSources:\n        Kubernetes:\n          AuditLogs:\n            Enable: false')],
  },
});
