import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-ebs-snapshot-block-public-access-disabled',
  kind: 'event',
  services: ['ec2'],
  actions: ['DisableSnapshotBlockPublicAccess'],
  title: 'Block public access for EBS snapshots was turned off',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562', techniqueName: 'Impair Defenses' },
  description: 'DisableSnapshotBlockPublicAccess: snapshots in the region can be shared publicly again. Usually the step before a ModifySnapshotAttribute that makes one public.',
  falsePositives: 'Accounts that publish public snapshots on purpose.',
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'DisableSnapshotBlockPublicAccess')) return undefined;
    return `${who(e)} turned off block public access for EBS snapshots in ${e.region ?? 'an unknown region'}`;
  },
});
