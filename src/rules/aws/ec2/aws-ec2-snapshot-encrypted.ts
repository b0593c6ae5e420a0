import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-snapshot-encrypted',
  title: 'EBS snapshot is not encrypted',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.snapshot',
  description: 'EBS snapshots owned by the account should be encrypted.',
  risk: 'An unencrypted snapshot can be shared with or copied to any account with no KMS permission check, and restores to unencrypted volumes.',
  remediation: {
    cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted --kms-key-id KEY_ID   # then delete the unencrypted snapshot',
    terraform: `resource "aws_ebs_snapshot_copy" "encrypted" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
}`,
    console: 'EC2 > Snapshots > the snapshot > Actions > Copy snapshot > Encrypt this snapshot; delete the original once the copy is in use.',
  },
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
  evaluate(snapshot) {
    return check('encrypted', snapshot.properties.encrypted, (on) => on, { pass: 'The snapshot is encrypted', fail: 'The snapshot is not encrypted' });
  },
});
