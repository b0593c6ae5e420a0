import { defineExamples } from '../../kit/index.js';
import { ebsSnapshot } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// Snapshot permissions are live data: IaC does not declare a snapshot public.
export default defineExamples({
  model: {
    good: [ebsSnapshot('snap-private'), ebsSnapshot('snap-shared', { createVolumePermissions: v(['444455556666']) })],
    bad: [ebsSnapshot('snap-public', { createVolumePermissions: v(['all']) })],
    unknown: [ebsSnapshot('snap-denied', { createVolumePermissions: unresolvable('ec2:DescribeSnapshotAttribute: AccessDenied') })],
  },
});
