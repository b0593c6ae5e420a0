import { defineExamples } from '../../kit/index.js';
import { GUARDDUTY_DETECTOR_TF, guardDutyDetectorCfn, guardDutyPlanExamples } from '../../kit/aws-guardduty-examples.js';

// Opt-in: a detector that does not name the plan leaves it off. Agent management is extra, not required.
export default defineExamples(
  guardDutyPlanExamples('RUNTIME_MONITORING', { onByDefault: false }, {
    terraform: [`${GUARDDUTY_DETECTOR_TF}
resource "aws_guardduty_detector_feature" "runtime" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"
  additional_configuration {
    name   = "EKS_ADDON_MANAGEMENT"
    status = "ENABLED"
  }
}`],
    cloudformation: [guardDutyDetectorCfn('      Features:\n        - Name: RUNTIME_MONITORING\n          Status: ENABLED\n          AdditionalConfiguration:\n            - Name: ECS_FARGATE_AGENT_MANAGEMENT\n              Status: ENABLED')],
  }),
);
