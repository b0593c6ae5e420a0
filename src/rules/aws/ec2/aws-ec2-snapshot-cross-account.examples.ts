import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { ORG_MEMBER, OUTSIDER, OWNER, organization } from '../../kit/aws-data-fixtures.js';

const snapshot = (name: string, perms: ReturnType<typeof v<readonly string[]>>) =>
  modelFixture('aws.ec2.snapshot', name, { encrypted: v(true), createVolumePermissions: perms }, { account: OWNER });

// Snapshot permissions are live data: IaC rarely declares them, and never the snapshot's full share list.
export default defineExamples({
  model: {
    good: [snapshot('snap-private', v([])), [snapshot('snap-to-dr', v([ORG_MEMBER])), ...organization()]],
    bad: [[snapshot('snap-to-vendor', v([OUTSIDER])), ...organization()], snapshot('snap-to-other', v([ORG_MEMBER]))],
    unknown: [snapshot('snap-denied', unresolvable('ec2:DescribeSnapshotAttribute: AccessDenied'))],
  },
});
