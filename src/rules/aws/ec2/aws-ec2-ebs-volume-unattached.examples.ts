import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, modelFixture, v } from '../../kit/index.js';
import type { EbsVolumeProperties } from '../../../model/aws/ec2.js';

const volume = (name: string, attached: EbsVolumeProperties['attachedInstances']) =>
  modelFixture('aws.ec2.volume', name, { encrypted: v(true), kmsKeyId: v(null), sizeGiB: v(50), volumeType: v('gp3'), attachedInstances: attached }, { account: '111122223333' });

// Attachment state is live data: a configuration may attach a volume elsewhere.
export default defineExamples({
  model: {
    good: [volume('vol-root', v(['arn:aws:ec2:us-east-1:111122223333:instance/i-0app']))],
    bad: [volume('vol-orphan', v([]))],
    unknown: [volume('vol-denied', unresolvable('ec2:DescribeVolumes: AccessDenied'))],
  },
});
