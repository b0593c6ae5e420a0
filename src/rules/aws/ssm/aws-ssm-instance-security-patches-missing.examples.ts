import { defineExamples } from '../../kit/index.js';
import { managedInstance } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';

export default defineExamples({
  model: {
    good: [managedInstance('i-patched'), managedInstance('i-only-bugfixes', { missingPatchCount: v(5), securityNonCompliantCount: v(0) })],
    bad: [managedInstance('i-behind', { missingPatchCount: v(7), securityNonCompliantCount: v(2) })],
    unknown: [managedInstance('i-partial', { securityNonCompliantCount: v(null) })],
  },
});
