import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, v } from '../../kit/index.js';
import { rdsSnapshot } from '../../kit/aws-data-fixtures.js';

// Snapshots and their restore attribute are live data: no IaC declares them.
export default defineExamples({
  model: {
    good: [rdsSnapshot('app-final'), rdsSnapshot('app-shared', { sharedWithAccounts: v(['444455556666']) })],
    bad: [rdsSnapshot('app-public', { public: v(true) }), rdsSnapshot('cluster-public', { public: v(true), clusterSnapshot: v(true) })],
    unknown: [rdsSnapshot('app-denied', { public: unresolvable('rds:DescribeDBSnapshotAttributes: AccessDenied') })],
  },
});
