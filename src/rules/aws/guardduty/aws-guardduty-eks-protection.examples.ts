import { defineExamples } from '../../kit/index.js';
import { guardDutyDetectorCfn, guardDutyPlanExamples } from '../../kit/aws-guardduty-examples.js';

export default defineExamples(
  guardDutyPlanExamples('EKS_AUDIT_LOGS', {
    onByDefault: true,
    legacyOff: {
      terraform: `resource "aws_guardduty_detector" "main" {
  enable = true
  datasources {
    kubernetes {
      audit_logs {
        enable = false
      }
    }
  }
}`,
      cloudformation: guardDutyDetectorCfn('      DataSources:\n        Kubernetes:\n          AuditLogs:\n            Enable: false'),
    },
  }),
);
