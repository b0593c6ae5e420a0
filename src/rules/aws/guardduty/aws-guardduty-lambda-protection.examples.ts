import { defineExamples } from '../../kit/index.js';
import { guardDutyPlanExamples } from '../../kit/aws-guardduty-examples.js';

// Opt-in: a detector that does not name the plan leaves it off.
export default defineExamples(guardDutyPlanExamples('LAMBDA_NETWORK_LOGS', { onByDefault: false }));
