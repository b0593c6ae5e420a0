import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-snapshot-public',
  title: 'EBS snapshot is publicly restorable',
  severity: 'critical',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.snapshot',
  description: 'EBS snapshots should not grant createVolumePermission to the group "all", which lets any AWS account restore them.',
  risk: 'Anyone can create a volume from a public snapshot and read the whole disk: databases, keys, configuration and logs. Public snapshots are routinely harvested by automated scanners.',
  remediation: {
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --group-names all && aws ec2 enable-snapshot-block-public-access --state block-all-sharing',
    terraform: `resource "aws_ebs_snapshot_block_public_access" "this" {
  state = "block-all-sharing"
}`,
    console: 'EC2 > Snapshots > the snapshot > Actions > Snapshot settings > Modify permissions > Private; and EC2 > Data protection and security > Block public access for EBS snapshots.',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1',
  ],
  evaluate(snapshot) {
    return check('createVolumePermissions', snapshot.properties.createVolumePermissions, (perms) => !perms.some((p) => p.toLowerCase() === 'all'), {
      pass: 'The snapshot is not public',
      fail: 'The snapshot is public: any AWS account can create a volume from it',
    });
  },
});
