import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, v } from '../../kit/index.js';
import { ORG_MEMBER, OUTSIDER, organization, rdsSnapshot } from '../../kit/aws-data-fixtures.js';

export default defineExamples({
  model: {
    good: [rdsSnapshot('app-final'), [rdsSnapshot('app-to-dr', { sharedWithAccounts: v([ORG_MEMBER]) }), ...organization()]],
    bad: [
      [rdsSnapshot('app-to-vendor', { sharedWithAccounts: v([ORG_MEMBER, OUTSIDER]) }), ...organization()],
      // Without Organizations data every other account is outside.
      rdsSnapshot('app-to-other', { sharedWithAccounts: v([ORG_MEMBER]) }),
    ],
    unknown: [rdsSnapshot('app-denied', { sharedWithAccounts: unresolvable('rds:DescribeDBSnapshotAttributes: AccessDenied') })],
  },
});
