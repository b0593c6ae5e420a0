import { defineExamples } from '../../kit/index.js';
import { ecrImage } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';

export default defineExamples({
  model: {
    good: [ecrImage('clean'), ecrImage('only-high', { findingSeverityCounts: v({ HIGH: 2, MEDIUM: 5 }) })],
    bad: [ecrImage('critical', { findingSeverityCounts: v({ CRITICAL: 1, HIGH: 3 }) })],
    unknown: [ecrImage('never-scanned', { scanStatus: v(null), findingSeverityCounts: v(null) })],
  },
});
