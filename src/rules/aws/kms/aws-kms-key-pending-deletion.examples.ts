import { defineExamples, modelFixture, v } from '../../kit/index.js';
import type { ResourceTypeMap } from '../../../model/types.js';

const key = (pendingDeletion: boolean): ResourceTypeMap['aws.kms.key'] => ({
  keyManager: v('CUSTOMER' as const),
  keySpec: v('SYMMETRIC_DEFAULT'),
  rotationEnabled: v(true),
  enabled: v(!pendingDeletion),
  pendingDeletion: v(pendingDeletion),
  policy: v(null),
});

// Deletion is scheduled through the API (ScheduleKeyDeletion), never declared in IaC: model fixtures only.
export default defineExamples({
  model: {
    good: [modelFixture('aws.kms.key', 'key/1234abcd-12ab-34cd-56ef-1234567890ab', key(false), { account: '111122223333' })],
    bad: [modelFixture('aws.kms.key', 'key/0987dcba-09fe-87dc-65ba-ab0987654321', key(true), { account: '111122223333' })],
  },
});
