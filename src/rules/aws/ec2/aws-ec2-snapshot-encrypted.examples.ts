import { defineExamples } from '../../kit/index.js';
import { ebsSnapshot } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';

export default defineExamples({
  model: {
    good: [ebsSnapshot('snap-enc', { encrypted: v(true) })],
    bad: [ebsSnapshot('snap-plain', { encrypted: v(false) })],
  },
});
