import { defineExamples } from '../../kit/index.js';
import { guardDutyDetectorCfn, guardDutyPlanExamples } from '../../kit/aws-guardduty-examples.js';

export default defineExamples(
  guardDutyPlanExamples('S3_DATA_EVENTS', {
    onByDefault: true,
    legacyOff: {
      terraform: `resource "aws_guardduty_detector" "main" {
  enable = true
  datasources {
    s3_logs {
      enable = false
    }
  }
}`,
      cloudformation: guardDutyDetectorCfn('      DataSources:\n        S3Logs:\n          Enable: false'),
    },
  }),
);
