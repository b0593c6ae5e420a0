import { defineExamples } from '../../kit/index.js';
import { managedInstance } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The examples test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [managedInstance('i-fresh', { lastPatchOperationTime: v('2026-05-25T00:00:00Z') })],
    bad: [
      managedInstance('i-old', { lastPatchOperationTime: v('2026-03-01T00:00:00Z') }),
      managedInstance('i-never', { patchStateReported: v(false), missingPatchCount: v(null), criticalNonCompliantCount: v(null), securityNonCompliantCount: v(null), lastPatchOperationTime: v(null), lastPatchOperation: v(null) }),
    ],
    unknown: [managedInstance('i-denied', { patchStateReported: unresolvable('AccessDenied on ssm:DescribeInstancePatchStates') })],
  },
});
