import { defineExamples } from '../../kit/index.js';
import { accessKey, iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [
      iamUser('ci', { accessKeys: v([accessKey('AKIAEXAMPLEFRESH0001', 'Active', '2026-04-20T09:00:00Z')]) }),
      iamUser('old-but-off', {
        accessKeys: v([accessKey('AKIAEXAMPLEOLD000001', 'Inactive', '2024-01-01T00:00:00Z'), accessKey('AKIAEXAMPLEFRESH0002', 'Active', '2026-05-01T00:00:00Z')]),
      }),
    ],
    bad: [iamUser('legacy', { accessKeys: v([accessKey('AKIAEXAMPLEOLD000002', 'Active', '2025-11-01T00:00:00Z')]) })],
    unknown: [
      iamUser('partial', {
        accessKeys: v([{ ...accessKey('AKIAEXAMPLEPART00001', 'Active', null), createdAt: unresolvable('iam:ListAccessKeys: AccessDenied') }]),
      }),
    ],
  },
});
