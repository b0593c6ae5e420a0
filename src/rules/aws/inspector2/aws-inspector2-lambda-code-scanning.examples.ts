import { defineExamples } from '../../kit/index.js';
import { inspectorCoverage } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  model: {
    good: [inspectorCoverage()],
    // Standard scanning alone does not look at the function's own code.
    bad: [inspectorCoverage({ lambdaCodeScanning: v(false) }), inspectorCoverage({ enabled: v(false), ec2Scanning: v(false), ecrScanning: v(false), lambdaScanning: v(false), lambdaCodeScanning: v(false) })],
    unknown: [inspectorCoverage({ enabled: unresolvable('AccessDenied'), lambdaCodeScanning: unresolvable('AccessDenied') })],
  },
});
