import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, v } from '../../kit/index.js';
import { rdsSnapshot } from '../../kit/aws-data-fixtures.js';

export default defineExamples({
  model: {
    good: [rdsSnapshot('app-final')],
    bad: [rdsSnapshot('legacy-final', { encrypted: v(false), kmsKeyId: v(null) })],
    unknown: [rdsSnapshot('app-denied', { encrypted: unresolvable('rds:DescribeDBSnapshots: AccessDenied') })],
  },
});
