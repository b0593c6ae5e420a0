import { defineDetection } from '../../kit/detection.js';
import { asNumber, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-kms-key-deletion-scheduled',
  kind: 'event',
  services: ['kms'],
  actions: ['ScheduleKeyDeletion'],
  title: 'A KMS key was scheduled for deletion',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'ScheduleKeyDeletion: when the waiting period ends the key is destroyed and everything encrypted under it (volumes, snapshots, buckets, secrets) becomes unreadable for good. It can still be cancelled during the waiting period.',
  falsePositives: 'Retiring keys of deleted workloads. Confirm nothing still uses the key (CloudTrail Decrypt calls, key usage metrics) before the period ends.',
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html'],
  match(e) {
    if (!principalCall(e, 'kms', 'ScheduleKeyDeletion')) return undefined;
    const days = asNumber(req(e, 'pendingWindowInDays'));
    return `${who(e)} scheduled KMS key ${asString(req(e, 'keyId')) ?? '(unnamed)'} for deletion${days !== undefined ? ` in ${days} days` : ''}`;
  },
});
