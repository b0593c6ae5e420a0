import { defineExamples } from '../../kit/index.js';
import { accessKey, iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { NO_PROVENANCE, unresolvable } from '../../../model/core/index.js';

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [iamUser('ci', { accessKeys: v([accessKey('AKIAEXAMPLEUSED00001', 'Active', '2026-01-01T00:00:00Z', '2026-05-30T00:00:00Z'), accessKey('AKIAEXAMPLEOFF000001', 'Inactive', '2024-01-01T00:00:00Z', null)]) })],
    bad: [
      iamUser('old-ci', { accessKeys: v([accessKey('AKIAEXAMPLEIDLE00001', 'Active', '2024-06-01T00:00:00Z', '2025-12-15T00:00:00Z')]) }),
      iamUser('never', { accessKeys: v([accessKey('AKIAEXAMPLENEVR00001', 'Active', '2025-09-01T00:00:00Z', null)]) }),
    ],
    unknown: [
      iamUser('hidden', { accessKeys: v([{ ...accessKey('AKIAEXAMPLEHIDE00001', 'Active', '2025-01-01T00:00:00Z'), lastUsedAt: unresolvable('GetAccessKeyLastUsed denied', NO_PROVENANCE) }]) }),
    ],
  },
});
