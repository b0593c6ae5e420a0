import { defineRule } from '../../kit/index.js';
import { sharedAccountsOutcome } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-ec2-snapshot-cross-account',
  title: 'EBS snapshot is shared with an account outside the organization',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.snapshot',
  description:
    'Flags EBS snapshots whose createVolumePermission names accounts other than the owner that are not members of the scanned organization (any other account when the scan has no Organizations data). Public snapshots are aws-ec2-snapshot-public.',
  risk: 'The other account can create a volume from the snapshot and read the whole disk (databases, keys, configuration), and keeps that copy after the share is withdrawn.',
  remediation: {
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --user-ids ACCOUNT_ID',
    terraform: '# remove the aws_snapshot_create_volume_permission resource naming the external account',
    console: 'EC2 > Snapshots > snapshot > Actions > Snapshot settings > Modify permissions > remove the external account ids > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-snapshot-block-public-access.html',
  ],
  evaluate(snapshot, ctx) {
    return sharedAccountsOutcome(snapshot, 'createVolumePermissions', snapshot.properties.createVolumePermissions, ctx, 'snapshot');
  },
});
