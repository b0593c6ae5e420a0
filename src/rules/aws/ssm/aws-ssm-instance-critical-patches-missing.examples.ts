import { defineExamples } from '../../kit/index.js';
import { managedInstance } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';

export default defineExamples({
  model: {
    good: [managedInstance('i-patched'), managedInstance('i-only-low', { missingPatchCount: v(3), criticalNonCompliantCount: v(0) })],
    bad: [managedInstance('i-behind', { missingPatchCount: v(23), criticalNonCompliantCount: v(4) })],
    unknown: [managedInstance('i-partial', { criticalNonCompliantCount: v(null) })],
  },
});
